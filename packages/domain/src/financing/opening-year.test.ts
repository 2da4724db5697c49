import { describe, expect, it } from "vitest";
import { type FinancingYear, projectFinancing } from "./financing";
import { rvc } from "./financing.fixtures";
import { financingOpeningYear, nextUnfinancedYear, openingYear, portfolioOpeningYear } from "./opening-year";

describe("openingYear", () => {
  it("opens on this year when it has figures", () => {
    expect(openingYear([2025, 2026, 2027], 2026)).toBe(2026);
  });
  it("opens a finished project on its last year (Relationsvåldscentrum: 2010, with its gap)", () => {
    expect(openingYear([2007, 2008, 2009, 2010], 2026)).toBe(2010);
  });
  it("opens a project that has not started on its first year", () => {
    expect(openingYear([2028, 2029], 2026)).toBe(2028);
  });
  it("prefers the latest past year over a future one when this year has none", () => {
    expect(openingYear([2020, 2030], 2026)).toBe(2020);
  });
  it("opens on this year without any figures", () => {
    expect(openingYear([], 2026)).toBe(2026);
  });
});

/** A year with only a need and what is secured (gap = need − secured). */
const year = (y: number, gap: string | null): FinancingYear => ({
  year: y,
  need: gap === null ? null : "1000",
  needSource: gap === null ? null : "BUDGET",
  secured: "0",
  pending: "0",
  gap,
  incomplete: false,
  lines: [],
  shares: [],
});

describe("nextUnfinancedYear", () => {
  it("is the first year from this year on with a gap, skipping financed years and past gaps", () => {
    const years = [year(2024, "500"), year(2026, "0"), year(2027, "-100"), year(2028, "300"), year(2029, "200")];
    expect(nextUnfinancedYear(years, 2026)?.year).toBe(2028);
  });
  it("is none when every year from this year on is financed", () => {
    expect(nextUnfinancedYear([year(2024, "500"), year(2026, "0"), year(2027, null)], 2026)).toBeNull();
  });
  it("is a finished project's last year when that ends with a gap (Relationsvåldscentrum: 2010, 400 000 kr)", () => {
    expect(nextUnfinancedYear(projectFinancing(rvc), 2026)).toMatchObject({ year: 2010, gap: "400000" });
  });
  it("is none for a finished project whose last year was financed, even with an earlier gap", () => {
    expect(nextUnfinancedYear([year(2008, "100"), year(2009, "0")], 2026)).toBeNull();
  });
});

describe("financingOpeningYear and portfolioOpeningYear", () => {
  it("open a project on its next unfinanced year, else as openingYear", () => {
    expect(financingOpeningYear([year(2026, "0"), year(2028, "300")], 2026)).toBe(2028);
    expect(financingOpeningYear([year(2025, "0"), year(2026, "0")], 2026)).toBe(2026);
    expect(financingOpeningYear(projectFinancing(rvc), 2026)).toBe(2010);
  });
  it("open the portfolio on the first unfinanced year ahead, else the latest open gap, else the latest year with figures", () => {
    expect(portfolioOpeningYear([[year(2027, "1")], [year(2029, "1")], projectFinancing(rvc)], 2026)).toBe(2027);
    expect(portfolioOpeningYear([[year(2008, "1")], projectFinancing(rvc), [year(2018, null)]], 2026)).toBe(2010);
    expect(portfolioOpeningYear([[year(2009, "0")], [year(2018, null)]], 2026)).toBe(2018);
  });
});
