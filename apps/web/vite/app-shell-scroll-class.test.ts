import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { appShellScrollClass, ZERO_RIGHT_CLASS } from "./app-shell-scroll-class";

// react-remove-scroll as Mantine resolves it (pnpm gives the web app no path of its own to it).
const mantineEntry = createRequire(import.meta.url).resolve("@mantine/core"); // …/@mantine/core/cjs/index.cjs
const fromMantine = createRequire(mantineEntry);
const components = path.resolve(path.dirname(mantineEntry), "..", "esm", "components");

describe("appShellScrollClass", () => {
  it("uses the class react-remove-scroll gives fixed bars", () => {
    const { RemoveScroll } = fromMantine("react-remove-scroll") as { RemoveScroll: { classNames: { zeroRight: string } } };
    expect(ZERO_RIGHT_CLASS).toBe(RemoveScroll.classNames.zeroRight);
  });

  it("replaces the import in the AppShell's header, footer and aside, and leaves other modules alone", () => {
    const plugin = appShellScrollClass() as { transform: (code: string, id: string) => { code: string } | null };
    for (const bar of ["Header", "Footer", "Aside"]) {
      const id = path.join(components, "AppShell", `AppShell${bar}`, `AppShell${bar}.mjs`);
      const out = plugin.transform(readFileSync(id, "utf8"), id);
      expect(out?.code).not.toContain("react-remove-scroll");
      expect(out?.code).toContain(`zeroRight: "${ZERO_RIGHT_CLASS}"`);
    }
    const modal = path.join(components, "ModalBase", "ModalBase.mjs");
    expect(plugin.transform(readFileSync(modal, "utf8"), modal)).toBeNull();
  });
});
