import { financingOpeningYear, portfolioOpeningYear } from "@bk/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../../test/graphql";
import { startTestApi, type TestApi } from "../../test/harness";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const PROJECTS = graphql(`
  query OpeningYearProjects {
    projects(first: 50) {
      edges { node { id name financingOpeningYear financing { year need secured pending gap incomplete } } }
    }
  }
`);

const PORTFOLIO = graphql(`
  query OpeningYearPortfolio {
    financingPortfolio {
      name
      referenceYear
      thisYear { year gap }
      nextUnfinancedYear { year need secured gap }
      nextUnfinancedWarnings { kind year gap possibleSources { kind name lastYear lastAmount } }
    }
  }
`);

/** The API's years as the domain's rules take them (the fields the opening rules read). */
const asYears = (years: { year: number; gap: string | null }[]) =>
  years.map((y) => ({ ...y, need: null, needSource: null, secured: "0", pending: "0", incomplete: false, lines: [], shares: [] }));

describe("the year a financing view opens on, and each project's next unfinanced year", () => {
  it("opens each project on its next unfinanced year (Relationsvåldscentrum: 2010), else this year or its last year with figures", async () => {
    const res = await api.gql(PROJECTS);
    expect(res.errors).toBeUndefined();
    const projects = res.data?.projects.edges.map((e) => e.node) ?? [];
    const thisYear = new Date().getUTCFullYear();
    const byName = new Map(projects.map((p) => [p.name, p.financingOpeningYear]));
    expect(byName.get("Relationsvåldscentrum")).toBe(2010);
    expect(byName.get("Pilotprojekt med samtalsgrupper för våldsutsatta kvinnor över 18 år")).toBe(2008);
    // Q-jouren's last year (2009) has no gap: it opens there as the latest year with figures.
    expect(byName.get("Q-jouren")).toBe(2009);
    for (const p of projects) expect(p.financingOpeningYear).toBe(financingOpeningYear(asYears(p.financing), thisYear));

    const portfolio = await api.gql(PORTFOLIO);
    expect(portfolio.errors).toBeUndefined();
    const rows = portfolio.data?.financingPortfolio ?? [];
    // No gap lies ahead in the seeded papers: the portfolio opens on the latest open gap, Relationsvåldscentrum's 2010.
    const expected = portfolioOpeningYear(
      projects.map((p) => asYears(p.financing)),
      thisYear,
    );
    expect(expected).toBe(2010);
    expect(new Set(rows.map((r) => r.referenceYear))).toEqual(new Set([2010]));
    expect(rows[0]).toMatchObject({ name: "Relationsvåldscentrum", thisYear: { year: 2010, gap: "400000" } });
  });

  it("gives each portfolio row its next unfinanced year, its gap and its warnings", async () => {
    const res = await api.gql(PORTFOLIO);
    const rows = new Map((res.data?.financingPortfolio ?? []).map((r) => [r.name, r]));
    const rvc = rows.get("Relationsvåldscentrum");
    expect(rvc?.nextUnfinancedYear).toEqual({ year: 2010, need: "900000", secured: "500000", gap: "400000" });
    expect(rvc?.nextUnfinancedWarnings.map((w) => w.kind)).toEqual(["YEAR_GAP", "PERMANENT_FINANCING_NOT_SECURED"]);
    const partners = rvc?.nextUnfinancedWarnings[0].possibleSources.filter((s) => s.kind === "PARTNER") ?? [];
    expect(partners).toHaveLength(7);
    expect(partners.every((s) => s.lastYear === 2009 && s.lastAmount === "150000")).toBe(true);

    const pilot = rows.get("Pilotprojekt med samtalsgrupper för våldsutsatta kvinnor över 18 år");
    expect(pilot?.nextUnfinancedYear).toMatchObject({ year: 2008, gap: "100000" });
    // Q-jouren's last year is financed as far as the papers say; a project without figures has none.
    expect(rows.get("Q-jouren")?.nextUnfinancedYear).toBeNull();
    expect(rows.get("Q-jouren")?.nextUnfinancedWarnings).toEqual([]);
    expect(rows.get("Haninge Kvinnojours verksamhet")?.nextUnfinancedYear).toBeNull();
  });
});
