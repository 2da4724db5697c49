import { describe, expect, it } from "vitest";
import { type FinancingInput, projectFinancing } from "./financing";
import { grant, PARTNERS, rvc } from "./financing.fixtures";
import { financingWarnings } from "./warnings";

describe("projectFinancing", () => {
  it("shows Relationsvåldscentrum: seven partners' 150 000 a year, premises in kind, and 2010's gap", () => {
    const years = projectFinancing(rvc);
    expect(years.map((y) => y.year)).toEqual([2007, 2008, 2009, 2010]);
    const y2008 = years[1];
    expect(y2008.secured).toBe("1050000");
    expect(y2008.incomplete).toBe(true); // the early project grant and the premises have no amount
    expect(y2008.lines.filter((l) => l.kind === "IN_KIND").map((l) => [l.label, l.amount, l.detail])).toEqual([
      ["Västerorts polismästardistrikt", null, "Lokaler"],
    ]);
    const y2010 = years[3];
    expect([y2010.need, y2010.needSource, y2010.secured, y2010.pending, y2010.gap]).toEqual(["900000", "DERIVED", "500000", "0", "400000"]);
  });

  it("uses a recorded budget need and own funding, and gives each secured source its share", () => {
    const years = projectFinancing({ ...rvc, budgetYears: [{ year: 2010, amount: "1400000", ownFunding: "300000" }] });
    const y2010 = years.find((y) => y.year === 2010)!;
    expect([y2010.need, y2010.needSource, y2010.secured, y2010.gap]).toEqual(["1400000", "BUDGET", "800000", "600000"]);
    expect(y2010.shares.map((s) => [s.label, s.share])).toEqual([
      ["Länsstyrelsen i Stockholms län: Implementeringsår 2010", 0.625],
      ["Egen finansiering", 0.375],
    ]);
  });

  it("counts multi-year grants in the years of their split, dividing an undivided decision like the application", () => {
    const years = projectFinancing({
      budgetYears: [],
      contributions: [],
      grants: [
        grant({
          status: "PARTIALLY_GRANTED",
          amountApplied: "900000",
          amountGranted: "600000",
          yearAmounts: [
            { year: 2011, amountApplied: "600000", amountGranted: null },
            { year: 2012, amountApplied: "300000", amountGranted: null },
          ],
        }),
      ],
    });
    expect(years.map((y) => [y.year, y.secured, y.need])).toEqual([
      [2011, "400000", "600000"],
      [2012, "200000", "300000"],
    ]);
  });

  it("counts pending applications and pledges as pending, and shows rejected ones without counting them", () => {
    const years = projectFinancing({
      budgetYears: [{ year: 2011, amount: "1000000", ownFunding: null }],
      grants: [
        grant({ id: "a", status: "SUBMITTED", amountApplied: "700000", periodStartYear: 2011 }),
        grant({ id: "r", status: "REJECTED", amountApplied: "200000", amountGranted: "0", periodStartYear: 2011 }),
      ],
      contributions: [
        { id: "p", organisationName: "Solna stad", year: 2011, kind: "CASH", amount: "150000", status: "PLEDGED", description: null },
      ],
    });
    expect([years[0].secured, years[0].pending, years[0].gap]).toEqual(["0", "850000", "1000000"]);
    expect(years[0].lines.find((l) => l.key === "grant:r")?.state).toBe("NOT_COUNTED");
  });

  it("recomputes the gap for a what-if without changing the input", () => {
    const input: FinancingInput = {
      budgetYears: [{ year: 2011, amount: "900000", ownFunding: null }],
      grants: [grant({ id: "a", status: "SUBMITTED", amountApplied: "900000", periodStartYear: 2011 })],
      contributions: [],
    };
    const gap = (w: Parameters<typeof projectFinancing>[1]) => projectFinancing(input, w)[0].gap;
    expect(gap({})).toBe("900000");
    expect(gap({ a: { outcome: "GRANTED" } })).toBe("0");
    expect(gap({ a: { outcome: "PARTIALLY_GRANTED", amount: "500000" } })).toBe("400000");
    expect(gap({ a: { outcome: "REJECTED" } })).toBe("900000");
    expect(input.grants[0].status).toBe("SUBMITTED");
  });

  it("keeps a derived need when a what-if rejects the application it came from", () => {
    const input: FinancingInput = {
      budgetYears: [],
      grants: [grant({ id: "a", status: "SUBMITTED", amountApplied: "900000", periodStartYear: 2011 })],
      contributions: [],
    };
    expect(projectFinancing(input, { a: { outcome: "REJECTED" } })[0]).toMatchObject({
      need: "900000",
      needSource: "DERIVED",
      secured: "0",
      gap: "900000",
    });
  });
});

describe("financingWarnings", () => {
  it("warns that permanent financing is not secured when 2010 is the last financed year", () => {
    const years = projectFinancing(rvc);
    expect(financingWarnings(rvc, years, 2010)).toEqual([
      { kind: "YEAR_GAP", year: 2010, gap: "400000", possibleSources: expect.any(Array) },
      { kind: "PERMANENT_FINANCING_NOT_SECURED", year: 2010 },
    ]);
  });

  it("names who could close 2010's gap: the seven partners who paid 150 000 a year until 2009 and nothing since", () => {
    const [gap] = financingWarnings(rvc, projectFinancing(rvc), 2010);
    const sources = gap.kind === "YEAR_GAP" ? gap.possibleSources : [];
    expect(sources.map((s) => s.name)).toEqual([...PARTNERS].sort((a, b) => a.localeCompare(b, "sv")));
    expect(sources.every((s) => s.kind === "PARTNER" && s.lastYear === 2009 && s.lastAmount === "150000")).toBe(true);
    // The in-kind premises are not money to ask for; Länsstyrelsen has already granted for 2010.
    expect(sources.map((s) => s.name)).not.toContain("Västerorts polismästardistrikt");
  });

  it("leaves out a partner who has pledged for the year, and names a funder whose grants ended", () => {
    const input: FinancingInput = {
      ...rvc,
      grants: [
        grant({
          id: "city",
          funderName: "Stockholms stad",
          status: "GRANTED",
          amountGranted: "200000",
          periodStartYear: 2008,
          periodEndYear: 2009,
        }),
        ...rvc.grants,
      ],
      contributions: [
        ...rvc.contributions,
        { id: "b10", organisationName: "Bromma", year: 2010, kind: "CASH", amount: "100000", status: "PLEDGED", description: null },
      ],
    };
    const [gap] = financingWarnings(input, projectFinancing(input), 2010);
    const sources = gap.kind === "YEAR_GAP" ? gap.possibleSources : [];
    expect(sources.map((s) => s.name)).not.toContain("Bromma");
    expect(sources).toContainEqual(
      expect.objectContaining({ name: "Stockholms stad", kind: "FUNDER", lastYear: 2009, lastAmount: "100000" }),
    );
  });

  it("does not warn about next year once something is applied for", () => {
    const withNext = {
      ...rvc,
      grants: [...rvc.grants, grant({ id: "2011", status: "SUBMITTED", amountApplied: "900000", periodStartYear: 2011 })],
    };
    const kinds = financingWarnings(withNext, projectFinancing(withNext), 2010).map((w) => w.kind);
    expect(kinds).not.toContain("PERMANENT_FINANCING_NOT_SECURED");
    expect(kinds).toContain("YEAR_GAP");
  });
});
