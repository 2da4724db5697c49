import { describe, expect, it } from "vitest";
import { sumMoney } from "../money/money";
import { grantYearShares, spreadYears } from "./year-attribution";
import { yearSource } from "./year-attribution.fixtures";

const grant = yearSource;

describe("grantYearShares", () => {
  it("takes the per-year split where there is one, in year order", () => {
    const g = grant({
      amountApplied: "1800000",
      amountGranted: "1500000",
      periodStartYear: 2007,
      periodEndYear: 2009, // the split wins over the period
      yearAmounts: [
        { year: 2008, amountApplied: "900000", amountGranted: "700000" },
        { year: 2007, amountApplied: "900000", amountGranted: "800000" },
      ],
    });
    expect(grantYearShares(g)).toEqual([
      { year: 2007, applied: "900000", granted: "800000" },
      { year: 2008, applied: "900000", granted: "700000" },
    ]);
  });

  it("divides a decision not divided per year like the application", () => {
    const g = grant({
      amountApplied: "900000",
      amountGranted: "500000",
      yearAmounts: [
        { year: 2009, amountApplied: "600000", amountGranted: null },
        { year: 2010, amountApplied: "300000", amountGranted: null },
      ],
    });
    expect(grantYearShares(g).map((y) => y.granted)).toEqual(["333333.33", "166666.67"]);
  });

  it("spreads a grant without a split evenly over its period, the last year taking the remainder", () => {
    const shares = grantYearShares(
      grant({ amountApplied: "1000000", amountGranted: "100000", periodStartYear: 2027, periodEndYear: 2029 }),
    );
    expect(shares).toEqual([
      { year: 2027, applied: "333333.33", granted: "33333.33" },
      { year: 2028, applied: "333333.33", granted: "33333.33" },
      { year: 2029, applied: "333333.34", granted: "33333.34" },
    ]);
    expect(sumMoney(shares.map((s) => s.applied))).toBe("1000000");
    expect(sumMoney(shares.map((s) => s.granted))).toBe("100000");
  });

  it("keeps unknown amounts unknown in every year", () => {
    expect(grantYearShares(grant({ amountApplied: "400000", periodStartYear: 2027, periodEndYear: 2028 }))).toEqual([
      { year: 2027, applied: "200000", granted: null },
      { year: 2028, applied: "200000", granted: null },
    ]);
  });

  it("counts a grant with an open period in its first year alone", () => {
    expect(grantYearShares(grant({ amountGranted: "500000", periodStartYear: 2010, decisionYear: 2009 }))).toEqual([
      { year: 2010, applied: null, granted: "500000" },
    ]);
  });

  it("uses the decision year without a period start, and no year without either", () => {
    expect(grantYearShares(grant({ amountGranted: "500000", decisionYear: 2008 }))).toEqual([
      { year: 2008, applied: null, granted: "500000" },
    ]);
    expect(spreadYears({ periodStartYear: null, periodEndYear: 2010, decisionYear: 2008 })).toEqual([2008, 2009, 2010]);
    expect(grantYearShares(grant({ amountGranted: "500000", periodEndYear: 2010 }))).toEqual([]);
  });

  it("treats an end before the start as the start year alone", () => {
    expect(spreadYears({ periodStartYear: 2010, periodEndYear: 2008, decisionYear: null })).toEqual([2010]);
  });
});
