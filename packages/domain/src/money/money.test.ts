import { describe, expect, it } from "vitest";
import { compareMoney, formatMoney, fromOre, fromOreExactly, parseMoney, sumMoney, toOre, toOreExactly } from "./money";

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

  it("reads öre alike on the quick path and in BigInt throughout, for every shape of amount", () => {
    const edges = [
      "0",
      "-0",
      "0.5",
      "-0.5",
      "0.05",
      "-0.05",
      "1",
      "12.3",
      "12.30",
      "007.10",
      "9999999999999.99",
      "-9999999999999.99",
      "99999999999999.99",
      "123456789012345678.91",
      "1.234",
      "-1.2",
    ];
    // A seeded generator: the same amounts every run.
    let seed = 11;
    const next = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    const random = Array.from({ length: 5000 }, () => {
      const kr = Array.from({ length: 1 + next(16) }, () => String(next(10))).join("");
      const decimals = Array.from({ length: next(4) }, () => String(next(10))).join("");
      return `${next(3) === 0 ? "-" : ""}${kr}${decimals ? `.${decimals}` : ""}`;
    });
    for (const amount of [...edges, ...random]) expect([amount, toOre(amount)]).toEqual([amount, toOreExactly(amount)]);
    // Back to text, sums and comparisons alike on the quick paths (numbers) and in BigInt throughout.
    const exactSum = (xs: string[]) => fromOreExactly(xs.reduce((acc, x) => acc + toOreExactly(x), 0n));
    const sign = (d: bigint) => (d < 0n ? -1 : d > 0n ? 1 : 0);
    const all = [...edges, ...random];
    for (const [i, amount] of all.entries()) {
      const ore = toOreExactly(amount);
      expect([amount, fromOre(ore)]).toEqual([amount, fromOreExactly(ore)]);
      const other = all[(i * 7919) % all.length];
      expect([amount, other, compareMoney(amount, other)]).toEqual([amount, other, sign(ore - toOreExactly(other))]);
      const some = all.slice(i, i + 1 + (i % 9));
      expect([some, sumMoney(some)]).toEqual([some, exactSum(some)]);
    }
    // Sums past 2^53 öre (90 000 000 000 000 kr) leave the quick path exactly.
    const large = ["9999999999999.99", "9999999999999.99", "-0.01", "0.05"];
    expect(sumMoney(large)).toBe("20000000000000.02");
    expect(sumMoney(Array(10).fill("9999999999999.99"))).toBe("99999999999999.9");
    // A sum that a double can no longer hold (it would round to …92).
    expect(sumMoney([...Array(10).fill("9999999999999.99"), "0.01"])).toBe("99999999999999.91");
    expect(fromOre(9_007_199_254_740_993n)).toBe("90071992547409.93");
    expect(fromOre(-9_007_199_254_740_991n)).toBe("-90071992547409.91");
    expect(toOre("9999999999999.99")).toBe(999_999_999_999_999n);
    expect(toOre("-0.05")).toBe(-5n);
    expect(toOre("12.3")).toBe(1230n);
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
