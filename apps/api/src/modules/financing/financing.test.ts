import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WhatIfInput } from "../../test/generated/graphql";
import { graphql, narrowNode } from "../../test/graphql";
import { startTestApi, type TestApi } from "../../test/harness";

let api: TestApi;
let rvc: string;
let solna: string;

const FINANCING = narrowNode(
  graphql(
    `query FinancingOfProject($id: ID!, $whatIf: [WhatIfInput!]) { node(id: $id) { ... on Project { name financing(whatIf: $whatIf) { year need needSource secured pending gap incomplete sources { label kind state amount } } financingWarnings(referenceYear: 2010) { kind year gap } } } }`,
  ),
);

beforeAll(async () => {
  api = await startTestApi();
  const p = await api.gql(graphql(`query FinancingRvc { projects(where: { text: "relationsvald" }) { edges { node { id } } } }`));
  rvc = p.data?.projects.edges[0].node.id as string;
  const o = await api.gql(graphql(`query FinancingSolna { organisations(where: { text: "Solna stad" }) { edges { node { id } } } }`));
  solna = o.data?.organisations.edges[0].node.id as string;
});
afterAll(() => api.close());

const financing = async (whatIf?: WhatIfInput[]) => {
  const res = await api.gql(FINANCING, { id: rvc, whatIf });
  expect(res.errors).toBeUndefined();
  return res.data?.node as NonNullable<typeof res.data>["node"];
};

describe("project financing", () => {
  it("shows Relationsvåldscentrum's seeded truth: 150 000 from seven partners a year, police premises, 2010's gap", async () => {
    const { financing: years, financingWarnings } = await financing();
    expect(years.map((y) => y.year)).toEqual([2007, 2008, 2009, 2010]);
    for (const y of years.slice(0, 3)) {
      const cash = y.sources.filter((s) => s.kind === "CASH");
      expect(cash).toHaveLength(7);
      expect(cash.every((s) => s.amount === "150000" && s.state === "SECURED")).toBe(true);
      expect(y.secured).toBe("1050000");
      expect(y.sources.find((s) => s.kind === "IN_KIND")).toMatchObject({ label: "Västerorts polismästardistrikt", amount: null });
      expect(y.incomplete).toBe(true);
    }
    expect(years[3]).toMatchObject({ need: "900000", needSource: "DERIVED", secured: "500000", pending: "0", gap: "400000" });
    expect(financingWarnings).toEqual([
      { kind: "YEAR_GAP", year: 2010, gap: "400000" },
      { kind: "PERMANENT_FINANCING_NOT_SECURED", year: 2010, gap: null },
    ]);
  });

  it("lists the portfolio with this year's and next year's gap", async () => {
    const res = await api.gql(
      graphql(
        `query FinancingPortfolio2010 { financingPortfolio(referenceYear: 2010) { name thisYear { gap } nextYear { gap } warnings { kind } } }`,
      ),
    );
    expect(res.data?.financingPortfolio[0]).toMatchObject({ name: "Relationsvåldscentrum", thisYear: { gap: "400000" }, nextYear: null });
    expect(res.data?.financingPortfolio).toHaveLength(6);
    expect(
      (await api.gql(graphql(`query FinancingPortfolioYear20 { financingPortfolio(referenceYear: 20) { name } }`))).errors?.[0].extensions
        .field,
    ).toBe("referenceYear");
  });
});

describe("editing the financing", () => {
  it("sets a budget need, adds, changes and removes a contribution, refusing bad input without storing it", async () => {
    const set = await api.gql(
      graphql(
        `mutation FinancingSetBudgetYear($id: ID!) { setBudgetYear(projectId: $id, input: { year: 2010, amount: "1 400 000", ownFunding: "100000" }) { financing { year need needSource gap } } }`,
      ),
      { id: rvc },
    );
    expect(set.data?.setBudgetYear.financing.find((y) => y.year === 2010)).toMatchObject({
      need: "1400000",
      needSource: "BUDGET",
      gap: "800000",
    });

    const ADD = graphql(
      `mutation FinancingAddContribution($id: ID!, $input: ContributionInput!) { addContribution(projectId: $id, input: $input) { contributions { id year amount status } financing { year secured pending gap } } }`,
    );
    const bad = await api.gql(ADD, { id: rvc, input: { organisationId: solna, year: 2010, kind: "CASH", status: "PLEDGED" } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.amount" });
    const badYear = await api.gql(ADD, {
      id: rvc,
      input: { organisationId: solna, year: 1800, kind: "CASH", amount: "1", status: "PLEDGED" },
    });
    expect(badYear.errors?.[0].extensions.field).toBe("input.year");
    const count = async () =>
      (await api.gql(graphql(`query FinancingContributionCount { contributions { totalCount } }`))).data?.contributions.totalCount;
    const before = await count();

    const added = await api.gql(ADD, {
      id: rvc,
      input: { organisationId: solna, year: 2010, kind: "CASH", amount: "150000", status: "PLEDGED" },
    });
    expect(added.data?.addContribution.financing.find((y) => y.year === 2010)).toMatchObject({
      secured: "600000",
      pending: "150000",
      gap: "800000",
    });
    expect(await count()).toBe((before ?? 0) + 1);
    const id = added.data?.addContribution.contributions.find((c) => c.year === 2010)?.id;

    const committed = await api.gql(
      graphql(
        `mutation FinancingUpdateContribution($id: ID!, $input: ContributionInput!) { updateContribution(id: $id, input: $input) { financing { year secured gap } } }`,
      ),
      { id: id as string, input: { organisationId: solna, year: 2010, kind: "CASH", amount: "150000", status: "COMMITTED" } },
    );
    expect(committed.data?.updateContribution.financing.find((y) => y.year === 2010)).toMatchObject({ secured: "750000", gap: "650000" });

    await api.gql(graphql(`mutation FinancingDeleteContribution($id: ID!) { deleteContribution(id: $id) { id } }`), { id: id as string });
    expect(await count()).toBe(before);
    await api.gql(graphql(`mutation FinancingDeleteBudgetYear($id: ID!) { deleteBudgetYear(projectId: $id, year: 2010) { id } }`), {
      id: rvc,
    });
    expect((await financing()).financing.find((y) => y.year === 2010)).toMatchObject({ needSource: "DERIVED", gap: "400000" });
  });

  it("recomputes a what-if without saving", async () => {
    const p = await api.gql(
      graphql(
        `query FinancingSamtalsgrupper { projects(where: { text: "samtalsgrupper" }) { edges { node { id grants { edges { node { id } } } } } } }`,
      ),
    );
    const project = p.data?.projects.edges[0].node;
    const q = narrowNode(
      graphql(
        `query FinancingWhatIf($id: ID!, $whatIf: [WhatIfInput!]) { node(id: $id) { ... on Project { financing(whatIf: $whatIf) { year secured pending gap } } } }`,
      ),
    );
    const grantId = project?.grants.edges[0].node.id as string;
    const now = await api.gql(q, { id: project?.id as string });
    expect(now.data?.node.financing).toEqual([{ year: 2008, secured: "0", pending: "100000", gap: "100000" }]);
    const partial = await api.gql(q, {
      id: project?.id as string,
      whatIf: [{ grantId, outcome: "PARTIALLY_GRANTED", amount: "60000" }],
    });
    expect(partial.data?.node.financing).toEqual([{ year: 2008, secured: "60000", pending: "0", gap: "40000" }]);
    const bad = await api.gql(q, { id: project?.id as string, whatIf: [{ grantId, outcome: "MAYBE" }] });
    expect(bad.errors?.[0].extensions.field).toBe("whatIf.0.outcome");
  });
});

describe("exports", () => {
  it("exports the financing table as CSV and XLSX with the same figures", async () => {
    const csv = await api.get(`/exports/projects/${encodeURIComponent(rvc)}/financing.csv`);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(csv.headers.get("content-disposition")).toContain("Relationsv");
    const text = await csv.text();
    expect(text).toContain("Relationsvåldscentrum;2010;Gap;;;;400000;");
    expect(text).toContain("Relationsvåldscentrum;2008;Källa;Solna stad;kontant;säkrad;150000;");

    const xlsx = await api.get(`/exports/projects/${encodeURIComponent(rvc)}/financing.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    const sheet = book.getWorksheet("Finansiering");
    const gapRow = sheet?.getSheetValues().find((r) => Array.isArray(r) && r[2] === 2010 && r[3] === "Gap") as unknown[];
    expect(gapRow[7]).toBe(400000);

    expect((await api.get(`/exports/projects/nope/financing.csv`)).status).toBe(400);
    expect(
      (
        await api.get(
          `/exports/projects/${encodeURIComponent(Buffer.from("Project:00000000-0000-0000-0000-000000000000").toString("base64"))}/financing.csv`,
        )
      ).status,
    ).toBe(404);
  });

  it("publishes a project's deadlines as an iCal feed", async () => {
    const p = await api.gql(graphql(`query FinancingQJouren { projects(where: { text: "q-jouren" }) { edges { node { id } } } }`));
    const res = await api.get(`/calendar/projects/${encodeURIComponent(p.data?.projects.edges[0].node.id as string)}.ics`);
    expect(res.headers.get("content-type")).toContain("text/calendar");
    const ics = await res.text();
    expect(ics).toContain("BEGIN:VCALENDAR");
    expect(ics).toContain("DTSTART;VALUE=DATE:20090301");
    expect(ics).toContain("SUMMARY:Villkor: Stockholms stad redovisar");
  });
});
