import { openingYear } from "@bk/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../test/harness";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

type Projects = {
  projects: { edges: { node: { id: string; name: string; financingOpeningYear: number; financing: { year: number }[] } }[] };
};
type Portfolio = { financingPortfolio: { name: string; referenceYear: number; thisYear: { year: number } | null }[] };
type Warnings = {
  node: {
    financingWarnings: { kind: string; possibleSources: { name: string; kind: string; lastYear: number; lastAmount: string | null }[] }[];
  };
};

describe("the year a financing view opens on, and who could close a gap", () => {
  it("opens each project on this year or its last year with figures, and the portfolio on the latest year with figures", async () => {
    const res = await api.gql<Projects>(`{ projects(first: 50) { edges { node { id name financingOpeningYear financing { year } } } } }`);
    expect(res.errors).toBeUndefined();
    const projects = res.data?.projects.edges.map((e) => e.node) ?? [];
    const thisYear = new Date().getUTCFullYear();
    const rvc = projects.find((p) => p.name === "Relationsvåldscentrum");
    expect(rvc?.financingOpeningYear).toBe(2010);
    for (const p of projects)
      expect(p.financingOpeningYear).toBe(
        openingYear(
          p.financing.map((y) => y.year),
          thisYear,
        ),
      );

    const portfolio = await api.gql<Portfolio>(`{ financingPortfolio { name referenceYear thisYear { year } } }`);
    expect(portfolio.errors).toBeUndefined();
    const expected = openingYear(
      projects.flatMap((p) => p.financing.map((y) => y.year)),
      thisYear,
    );
    expect(new Set(portfolio.data?.financingPortfolio.map((r) => r.referenceYear))).toEqual(new Set([expected]));
    expect(portfolio.data?.financingPortfolio.some((r) => r.thisYear?.year === expected)).toBe(true);
  });

  it("names the seven partners who paid 150 000 kr for 2009 as possible sources for 2010's gap", async () => {
    const p = await api.gql<Projects>(`{ projects(where: { text: "relationsvald" }) { edges { node { id } } } }`);
    const id = p.data?.projects.edges[0].node.id;
    const res = await api.gql<Warnings>(
      `query ($id: ID!) { node(id: $id) { ... on Project { financingWarnings(referenceYear: 2010) { kind possibleSources { name kind lastYear lastAmount } } } } }`,
      { id },
    );
    expect(res.errors).toBeUndefined();
    const gap = res.data?.node.financingWarnings.find((w) => w.kind === "YEAR_GAP");
    expect(gap?.possibleSources).toHaveLength(7);
    expect(gap?.possibleSources).toContainEqual({ name: "Solna stad", kind: "PARTNER", lastYear: 2009, lastAmount: "150000" });
  });
});
