import { encodeGlobalID } from "@pothos/plugin-relay";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGrant, createOrganisation, createProject } from "../../../../../prisma/seed/factories";
import type { WhatIfInput } from "../../test/generated/graphql";
import { graphql, narrowNode } from "../../test/graphql";
import { type Send, startTestApi, type TestApi } from "../../test/harness";

/**
 * A project with more grants than one page (the web app once recomputed the financing from
 * `grants(first: 100)` and so missed the rest): the API computes from all of them.
 */
let api: TestApi;
let projectId: string;
let lead: Send;

const DECIDED = 110;
const PENDING = 10;

beforeAll(async () => {
  api = await startTestApi({ seed: false });
  const db = api.db.prisma;
  const funder = await createOrganisation(db, { name: "Länsstyrelsen", kind: "COUNTY_BOARD" });
  const city = await createOrganisation(db, { name: "Stockholms stad", kind: "MUNICIPALITY" });
  const solna = await createOrganisation(db, { name: "Solna stad", kind: "MUNICIPALITY" });
  const project = await createProject(db, { name: "Många bidrag", ownerId: city.id });
  projectId = encodeGlobalID("Project", project.id);
  const common = { funderId: funder.id, recipientId: city.id, applicantId: city.id, projectId: project.id };
  for (let i = 0; i < DECIDED; i++) {
    await createGrant(db, {
      ...common,
      title: `Beviljat ${i}`,
      status: "GRANTED",
      amountApplied: "10000",
      amountGranted: "10000",
      periodStartYear: 2011,
      periodEndYear: 2011,
      yearAmounts: { create: [{ year: 2011, amountApplied: "10000", amountGranted: "10000" }] },
    });
  }
  for (let i = 0; i < PENDING; i++) {
    await createGrant(db, {
      ...common,
      title: `Sökt ${i}`,
      status: "SUBMITTED",
      amountApplied: "5000",
      amountGranted: null,
      periodStartYear: 2012,
      periodEndYear: 2012,
      yearAmounts: { create: [{ year: 2012, amountApplied: "5000", amountGranted: null }] },
    });
  }
  await db.projectBudgetYear.create({ data: { projectId: project.id, year: 2011, amount: "1500000" } });
  await db.projectBudgetYear.create({ data: { projectId: project.id, year: 2012, amount: "100000" } });
  await db.contribution.create({
    data: { projectId: project.id, organisationId: solna.id, year: 2012, kind: "CASH", amount: "20000", status: "PLEDGED" },
  });
  lead = api.as({ roles: ["PROJECT_LEAD"], projectIds: [project.id] }).gql;
});
afterAll(() => api.close());

const QUERY = narrowNode(
  graphql(`
  query ManyGrantsProject($id: ID!, $whatIf: [WhatIfInput!]) {
    node(id: $id) {
      ... on Project {
        grants(first: 100) { totalCount edges { node { id } } }
        pendingApplications { id title amountApplied }
        financing(whatIf: $whatIf) { year need secured pending gap sources { kind } totals { kind state amount } }
        financingWarnings(referenceYear: 2011, whatIf: $whatIf) { kind year gap }
        coFinancing { years partners { name cells { year contributions { amount status } } } }
      }
    }
  }
`),
);

async function project(whatIf?: WhatIfInput[]) {
  const res = await lead(QUERY, { id: projectId, whatIf });
  expect(res.errors).toBeUndefined();
  return res.data?.node as NonNullable<typeof res.data>["node"];
}

describe("a project with more than 100 grants", () => {
  it("counts every grant in the financing, not only the first page", async () => {
    const p = await project();
    // One page of grants holds 100 of them; the financing holds all 120.
    expect(p.grants.totalCount).toBe(DECIDED + PENDING);
    expect(p.grants.edges).toHaveLength(100);
    const [y2011, y2012] = p.financing;
    expect(y2011).toMatchObject({ year: 2011, need: "1500000", secured: "1100000", pending: "0", gap: "400000" });
    expect(y2011.sources.filter((s) => s.kind === "GRANT")).toHaveLength(DECIDED);
    expect(y2011.totals).toEqual([{ kind: "GRANT", state: "SECURED", amount: "1100000" }]);
    expect(y2012).toMatchObject({ year: 2012, need: "100000", secured: "0", pending: "70000", gap: "100000" });
    expect(y2012.totals).toEqual([
      { kind: "GRANT", state: "PENDING", amount: "50000" },
      { kind: "CASH", state: "PENDING", amount: "20000" },
    ]);
    expect(p.financingWarnings).toEqual([
      { kind: "YEAR_GAP", year: 2011, gap: "400000" },
      { kind: "YEAR_GAP", year: 2012, gap: "100000" },
    ]);
  });

  it("lists every pending application for the what-if, and the co-financing matrix", async () => {
    const p = await project();
    expect(p.pendingApplications).toHaveLength(PENDING);
    expect(p.pendingApplications.every((g) => g.title.startsWith("Sökt") && g.amountApplied === "5000")).toBe(true);
    expect(p.coFinancing).toEqual({
      years: [2012],
      partners: [{ name: "Solna stad", cells: [{ year: 2012, contributions: [{ amount: "20000", status: "PLEDGED" }] }] }],
    });
  });

  it("answers a what-if over all the pending applications, with its warnings, and saves nothing", async () => {
    const { pendingApplications } = await project();
    const [first, ...rest] = pendingApplications;
    const whatIf: WhatIfInput[] = [
      { grantId: first.id, outcome: "PARTIALLY_GRANTED", amount: "1 000" },
      ...rest.map((g) => ({ grantId: g.id, outcome: "GRANTED" })),
    ];
    const p = await project(whatIf);
    // 9 × 5 000 in full and 1 000 of the tenth: 46 000 secured; the pledge stays pending; the need stays.
    expect(p.financing[1]).toMatchObject({ year: 2012, need: "100000", secured: "46000", pending: "20000", gap: "54000" });
    expect(p.financingWarnings).toContainEqual({ kind: "YEAR_GAP", year: 2012, gap: "54000" });

    const rejected = await project(pendingApplications.map((g) => ({ grantId: g.id, outcome: "REJECTED" })));
    expect(rejected.financing[1]).toMatchObject({ secured: "0", pending: "20000", gap: "100000" });

    // Nothing saved: the figures without a what-if are as before.
    const after = await project();
    expect(after.financing[1]).toMatchObject({ secured: "0", pending: "70000", gap: "100000" });
    expect(after.pendingApplications).toHaveLength(PENDING);
  });

  it("refuses a what-if naming something other than a grant", async () => {
    const res = await lead(QUERY, { id: projectId, whatIf: [{ grantId: projectId, outcome: "GRANTED" }] });
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "whatIf.0.grantId" });
  });
});
