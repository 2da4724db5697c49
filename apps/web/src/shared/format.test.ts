import { describe, expect, it } from "vitest";
import { formatNumber } from "./format";

describe("formatNumber", () => {
  it("writes counts as the language does, and leaves protected values as they are", () => {
    expect(formatNumber("2137", "sv")).toBe("2\u00a0137");
    expect(formatNumber("2137", "en")).toBe("2,137");
    expect(formatNumber(1650.5, "sv")).toBe("1\u00a0650,5");
    expect(formatNumber("<5", "sv")).toBe("<5");
    expect(formatNumber(null, "en")).toBe("–");
  });
});
