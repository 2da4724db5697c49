import { describe, expect, it } from "vitest";
import { compareMoney, formatMoney, parseMoney, sumMoney } from "./money";

describe("money", () => {
  it("parses amounts exactly and normalises them", () => {
    expect(parseMoney("2200000.00")).toBe("2200000");
    expect(parseMoney("2 200 000")).toBe("2200000");
    expect(parseMoney("916210")).toBe("916210");
    expect(parseMoney("0.1")).toBe("0.1");
    expect(parseMoney("12,50")).toBe("12.5");
    expect(parseMoney("abc")).toBeNull();
    expect(parseMoney("1e6")).toBeNull();
    expect(parseMoney("1.234")).toBeNull();
  });

  it("adds without floating-point error", () => {
    expect(sumMoney(["0.1", "0.2"])).toBe("0.3");
    expect(sumMoney(["2200000", "500000", null, "916210"])).toBe("3616210");
    expect(sumMoney([])).toBe("0");
  });

  it("compares amounts", () => {
    expect(compareMoney("500000", "900000")).toBe(-1);
    expect(compareMoney("900000.00", "900000")).toBe(0);
  });

  it("formats as Swedish kronor with the sv-SE grouping", () => {
    expect(formatMoney("2200000")).toBe("2\u00a0200\u00a0000\u00a0kr");
    expect(formatMoney("916210.5")).toBe("916\u00a0210,50\u00a0kr");
    expect(formatMoney("150000")).toBe(`${new Intl.NumberFormat("sv-SE").format(150000)}\u00a0kr`);
    expect(formatMoney(null)).toBe("–");
    expect(formatMoney("-500")).toBe("\u2212500\u00a0kr");
  });
});
