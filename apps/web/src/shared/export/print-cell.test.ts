import { describe, expect, it } from "vitest";
import { printCell } from "./print-cell";

describe("printed cells", () => {
  it("writes amounts in kronor, counts grouped in the language, days as ISO, empties as a dash", () => {
    expect(printCell("916210.5", "money", "sv")).toBe("916\u00a0210,50\u00a0kr");
    expect(printCell(12345, "number", "en")).toBe("12,345");
    expect(printCell(12345, "number", "sv")).toBe("12\u00a0345");
    expect(printCell("2026-11-23", "date", "en")).toBe("2026-11-23");
    expect(printCell(null, "money", "sv")).toBe("–");
    expect(printCell(2025, "year", "en")).toBe("2025");
  });

  it("keeps a protected count and text as they are", () => {
    expect(printCell("<5", "number", "sv")).toBe("<5");
    expect(printCell("=1+1", "text", "sv")).toBe("=1+1");
  });
});
