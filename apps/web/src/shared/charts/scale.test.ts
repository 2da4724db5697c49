import { describe, expect, it } from "vitest";
import { linear, niceStep, niceTicks } from "./scale";

describe("niceStep", () => {
  it("rounds to 1, 2 or 5 times a power of ten", () => {
    expect([0.7, 1, 1.3, 2.2, 3, 7, 437_211].map(niceStep)).toEqual([0.5, 1, 1, 2, 2, 5, 500_000]);
  });
  it("falls back to 1 for nothing or nonsense", () => {
    expect([0, -3, Number.NaN, Number.POSITIVE_INFINITY].map(niceStep)).toEqual([1, 1, 1, 1]);
  });
});

describe("niceTicks", () => {
  it("covers the values from 0 in round steps", () => {
    // The financing of the seeded project: 2 200 000 kr at most in one year.
    expect(niceTicks(0, 2_200_000)).toEqual([0, 500_000, 1_000_000, 1_500_000, 2_000_000, 2_500_000]);
  });
  it("includes 0 and goes below it for negative values", () => {
    expect(niceTicks(-30, 70)).toEqual([-40, -20, 0, 20, 40, 60, 80]);
    expect(niceTicks(20, 35)).toEqual([0, 5, 10, 15, 20, 25, 30, 35]);
  });
  it("gives a flat or empty range the axis 0…1, in whole steps when asked", () => {
    expect(niceTicks(0, 0)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(0, 0, 5, true)).toEqual([0, 1]);
    expect(niceTicks(Number.NaN, Number.NaN, 5, true)).toEqual([0, 1]);
  });
  it("writes decimal ticks without float noise", () => {
    expect(niceTicks(0, 0.3)).toEqual([0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3]);
  });
});

describe("linear", () => {
  it("maps the domain onto the range, upside down for a y-axis", () => {
    const y = linear(0, 100, 200, 0);
    expect([y(0), y(50), y(100)]).toEqual([200, 100, 0]);
  });
  it("does not divide by zero on an empty domain", () => {
    expect(linear(5, 5, 0, 10)(5)).toBe(0);
  });
});
