import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../test/harness";

let api: TestApi;
let rvc: string;
let solna: string;

type Year = {
  year: number;
  need: string | null;
  needSource: string | null;
  secured: string;
  pending: string;
  gap: string | null;
  incomplete: boolean;
  sources: { label: string; kind: string; state: string; amount: string | null }[];
};
const FINANCING = `query ($id: ID!, $whatIf: [WhatIfInput!]) { node(id: $id) { ... on Project { name financing(whatIf: $whatIf) { year need needSource secured pending gap incomplete sources { label kind state amount } } financingWarnings(referenceYear: 2010) { kind year gap } } } }`;

beforeAll(async () => {
  api = await startTestApi();
  const p = await api.gql<{ projects: { edges: { node: { id: string } }[] } }>(
    `{ projects(where: { text: "relationsvald" }) { edges { node { id } } } }`,
  );
  rvc = p.data?.projects.edges[0].node.id as string;
  const o = await api.gql<{ organisations: { edges: { node: { id: string } }[] } }>(
    `{ organisations(where: { text: "Solna stad" }) { edges { node { id } } } }`,
  );
  solna = o.data?.organisations.edges[0].node.id as string;
});
afterAll(() => api.close());

const financing = async (whatIf?: unknown) => {
  const res = await api.gql<{ node: { financing: Year[]; financingWarnings: { kind: string; year: number; gap: string | null }[] } }>(
    FINANCING,
    { id: rvc, whatIf },
  );
  expect(res.errors).toBeUndefined();
  return res.data?.node as { financing: Year[]; financingWarnings: { kind: string; year: number; gap: string | null }[] };
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
    const res = await api.gql<{
      financingPortfolio: { name: string; thisYear: { gap: string | null } | null; nextYear: unknown; warnings: { kind: string }[] }[];
    }>(`{ financingPortfolio(referenceYear: 2010) { name thisYear { gap } nextYear { gap } warnings { kind } } }`);
    expect(res.data?.financingPortfolio[0]).toMatchObject({ name: "Relationsvåldscentrum", thisYear: { gap: "400000" }, nextYear: null });
    expect(res.data?.financingPortfolio).toHaveLength(6);
    expect((await api.gql(`{ financingPortfolio(referenceYear: 20) { name } }`)).errors?.[0].extensions.field).toBe("referenceYear");
  });
});

describe("editing the financing", () => {
  it("sets a budget need, adds, changes and removes a contribution, refusing bad input without storing it", async () => {
    const set = await api.gql<{ setBudgetYear: { financing: Year[] } }>(
      `mutation ($id: ID!) { setBudgetYear(projectId: $id, input: { year: 2010, amount: "1 400 000", ownFunding: "100000" }) { financing { year need needSource gap } } }`,
      { id: rvc },
    );
    expect(set.data?.setBudgetYear.financing.find((y) => y.year === 2010)).toMatchObject({
      need: "1400000",
      needSource: "BUDGET",
      gap: "800000",
    });

    const ADD = `mutation ($id: ID!, $input: ContributionInput!) { addContribution(projectId: $id, input: $input) { contributions { id year amount status } financing { year secured pending gap } } }`;
    const bad = await api.gql(ADD, { id: rvc, input: { organisationId: solna, year: 2010, kind: "CASH", status: "PLEDGED" } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.amount" });
    const badYear = await api.gql(ADD, {
      id: rvc,
      input: { organisationId: solna, year: 1800, kind: "CASH", amount: "1", status: "PLEDGED" },
    });
    expect(badYear.errors?.[0].extensions.field).toBe("input.year");
    const count = async () =>
      (await api.gql<{ contributions: { totalCount: number } }>(`{ contributions { totalCount } }`)).data?.contributions.totalCount;
    const before = await count();

    const added = await api.gql<{ addContribution: { contributions: { id: string; year: number }[]; financing: Year[] } }>(ADD, {
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

    const committed = await api.gql<{ updateContribution: { financing: Year[] } }>(
      `mutation ($id: ID!, $input: ContributionInput!) { updateContribution(id: $id, input: $input) { financing { year secured gap } } }`,
      { id, input: { organisationId: solna, year: 2010, kind: "CASH", amount: "150000", status: "COMMITTED" } },
    );
    expect(committed.data?.updateContribution.financing.find((y) => y.year === 2010)).toMatchObject({ secured: "750000", gap: "650000" });

    await api.gql(`mutation ($id: ID!) { deleteContribution(id: $id) { id } }`, { id });
    expect(await count()).toBe(before);
    await api.gql(`mutation ($id: ID!) { deleteBudgetYear(projectId: $id, year: 2010) { id } }`, { id: rvc });
    expect((await financing()).financing.find((y) => y.year === 2010)).toMatchObject({ needSource: "DERIVED", gap: "400000" });
  });

  it("recomputes a what-if without saving", async () => {
    const p = await api.gql<{ projects: { edges: { node: { id: string; grants: { edges: { node: { id: string } }[] } } }[] } }>(
      `{ projects(where: { text: "samtalsgrupper" }) { edges { node { id grants { edges { node { id } } } } } } }`,
    );
    const project = p.data?.projects.edges[0].node;
    const q = `query ($id: ID!, $whatIf: [WhatIfInput!]) { node(id: $id) { ... on Project { financing(whatIf: $whatIf) { year secured pending gap } } } }`;
    const grantId = project?.grants.edges[0].node.id;
    const now = await api.gql<{ node: { financing: Year[] } }>(q, { id: project?.id });
    expect(now.data?.node.financing).toEqual([{ year: 2008, secured: "0", pending: "100000", gap: "100000" }]);
    const partial = await api.gql<{ node: { financing: Year[] } }>(q, {
      id: project?.id,
      whatIf: [{ grantId, outcome: "PARTIALLY_GRANTED", amount: "60000" }],
    });
    expect(partial.data?.node.financing).toEqual([{ year: 2008, secured: "60000", pending: "0", gap: "40000" }]);
    const bad = await api.gql(q, { id: project?.id, whatIf: [{ grantId, outcome: "MAYBE" }] });
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
    const p = await api.gql<{ projects: { edges: { node: { id: string } }[] } }>(
      `{ projects(where: { text: "q-jouren" }) { edges { node { id } } } }`,
    );
    const res = await api.get(`/calendar/projects/${encodeURIComponent(p.data?.projects.edges[0].node.id as string)}.ics`);
    expect(res.headers.get("content-type")).toContain("text/calendar");
    const ics = await res.text();
    expect(ics).toContain("BEGIN:VCALENDAR");
    expect(ics).toContain("DTSTART;VALUE=DATE:20090301");
    expect(ics).toContain("SUMMARY:Villkor: Stockholms stad redovisar");
  });
});
