import { describe, expect, it } from "vitest";
import { type CoFinancingContribution, coFinancingMatrix } from "./co-financing";

const c = (id: string, organisationName: string, year: number, extra: Partial<CoFinancingContribution> = {}): CoFinancingContribution => ({
  id,
  organisationId: `org-${organisationName}`,
  organisationName,
  year,
  kind: "CASH",
  amount: "150000",
  status: "COMMITTED",
  description: null,
  ...extra,
});

describe("coFinancingMatrix", () => {
  it("puts partners in Swedish name order, years ascending, and every partner's contributions in their year's cell", () => {
    const m = coFinancingMatrix([
      c("1", "Solna stad", 2009),
      c("2", "Ekerö kommun", 2008),
      c("3", "Västerorts polismästardistrikt", 2008, { kind: "IN_KIND", amount: null, description: "Lokaler" }),
      c("4", "Solna stad", 2008),
      c("5", "Älvsjö", 2008, { status: "PLEDGED" }),
      c("6", "Solna stad", 2009, { kind: "IN_KIND", amount: null, description: "Personal" }),
    ]);
    expect(m.years).toEqual([2008, 2009]);
    expect(m.partners.map((p) => p.organisationName)).toEqual(["Ekerö kommun", "Solna stad", "Västerorts polismästardistrikt", "Älvsjö"]);
    const solna = m.partners[1];
    expect(solna.cells.map((cell) => [cell.year, cell.contributions.map((x) => x.id)])).toEqual([
      [2008, ["4"]],
      [2009, ["1", "6"]],
    ]);
    expect(m.partners[0].cells[1].contributions).toEqual([]);
    // Totals of money: contributions in kind without a value add nothing.
    expect(solna.total).toBe("300000");
    expect(m.yearTotals).toEqual([
      { year: 2008, amount: "450000" },
      { year: 2009, amount: "150000" },
    ]);
    expect(m.total).toBe("600000");
  });

  it("is empty without contributions", () => {
    expect(coFinancingMatrix([])).toEqual({ years: [], partners: [], yearTotals: [], total: "0" });
  });
});
