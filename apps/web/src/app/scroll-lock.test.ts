import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { FIXED_BAR_CLASS } from "./scroll-lock";

// react-remove-scroll as Mantine resolves it (pnpm gives the web app no path of its own to it).
const fromMantine = createRequire(createRequire(import.meta.url).resolve("@mantine/core"));

describe("FIXED_BAR_CLASS", () => {
  it("is the class react-remove-scroll pads while a dialog is open", () => {
    const { RemoveScroll } = fromMantine("react-remove-scroll") as { RemoveScroll: { classNames: { zeroRight: string } } };
    expect(FIXED_BAR_CLASS).toBe(RemoveScroll.classNames.zeroRight);
  });
});
