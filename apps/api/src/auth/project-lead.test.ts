import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GrantWhere } from "../test/generated/graphql";
import { graphql, narrowNode } from "../test/graphql";
import { requestBody, type Send, startTestApi, type TestApi } from "../test/harness";

const dbId = (globalId: string) => Buffer.from(globalId, "base64").toString().split(":")[1];
const codes = (res: { errors?: { extensions: { code: string } }[] }) => [...new Set((res.errors ?? []).map((e) => e.extensions.code))];

/**
 * A project lead of project A (Relationsvåldscentrum) reaches nothing of project B (Q-jouren)
 * beyond the public grant list, by any path: lists, node(id:), nested edges, filters, search,
 * exports, calendars and changes. Project A's own data they read and (budget, co-financing,
 * statistics) change.
 */
describe("a project lead and another project's data", () => {
  let api: TestApi;
  let lead: Send;
  let leadHeaders: Record<string, string>;
  const A = { project: "", grant: "" };
  const B = { project: "", grant: "", contribution: "", observation: "", indicator: "", organisation: "" };

  beforeAll(async () => {
    api = await startTestApi();
    const ids = await api.gql(
      graphql(`query ProjectLeadIds {
      a: projects(where: { text: "Relationsvåldscentrum" }) { edges { node { id grants { edges { node { id } } } } } }
      b: projects(where: { text: "Q-jouren" }) { edges { node { id grants { edges { node { id } } } } } }
      indicators(first: 1) { edges { node { id } } }
      organisations(where: { text: "RFHL" }) { edges { node { id } } }
    }`),
    );
    A.project = ids.data?.a.edges[0].node.id as string;
    A.grant = ids.data?.a.edges[0].node.grants.edges[0].node.id as string;
    B.project = ids.data?.b.edges[0].node.id as string;
    B.grant = ids.data?.b.edges[0].node.grants.edges[0].node.id as string;
    B.indicator = ids.data?.indicators.edges[0].node.id as string;
    B.organisation = ids.data?.organisations.edges[0].node.id as string;
    // Project B gets co-financing, a budget and a value (as an administrator), and its grant an audit entry.
    const c = await api.gql(
      graphql(
        `mutation ProjectLeadBContribution($id: ID!, $org: ID!) { addContribution(projectId: $id, input: { organisationId: $org, year: 2010, kind: CASH, amount: "75000", status: COMMITTED }) { contributions { id } } }`,
      ),
      { id: B.project, org: B.organisation },
    );
    B.contribution = c.data?.addContribution.contributions[0].id as string;
    await api.gql(
      graphql(`mutation ProjectLeadBBudget($id: ID!) { setBudgetYear(projectId: $id, input: { year: 2010, amount: "900000" }) { id } }`),
      { id: B.project },
    );
    const o = await api.gql(
      graphql(
        `mutation ProjectLeadBObservation($i: ID!, $p: ID!) { addObservation(input: { indicatorId: $i, projectId: $p, periodStart: "2031-01-01", periodEnd: "2031-12-31", value: 40 }) { id } }`,
      ),
      { i: B.indicator, p: B.project },
    );
    B.observation = o.data?.addObservation.id as string;
    leadHeaders = await api.headersFor({ roles: ["PROJECT_LEAD"], projectIds: [dbId(A.project)], name: "Pia Projektledare" });
    lead = api.as({ roles: ["PROJECT_LEAD"], projectIds: [dbId(A.project)], name: "Pia Projektledare" }).gql;
  });
  afterAll(() => api.close());

  it("lists only project A's data, at the root", async () => {
    const res = await lead<Record<string, { edges: { node: { project: { id: string } | null; id: string } }[] }>>(`{
      projects(first: 100) { edges { node { id project: owner { id } } } }
      contributions(first: 100) { edges { node { id project { id } } } }
      partnerRoles(first: 100) { edges { node { id project { id } } } }
      observations(first: 100) { edges { node { id project { id } } } }
      evaluations(first: 100) { edges { node { id project { id } } } }
      activities(first: 100) { edges { node { id project { id } } } }
      agreements(first: 100) { edges { node { id project: principal { id } } } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data?.projects.edges.map((e) => e.node.id)).toEqual([A.project]);
    for (const list of ["contributions", "partnerRoles", "observations", "evaluations", "activities"]) {
      expect(
        res.data?.[list].edges.every((e) => e.node.project?.id === A.project),
        list,
      ).toBe(true);
    }
    expect(res.data?.contributions.edges.length).toBeGreaterThan(0);
    expect(res.data?.agreements.edges).toEqual([]);
    const portfolio = await lead(graphql(`query ProjectLeadPortfolio { financingPortfolio(referenceYear: 2010) { projectId } }`));
    expect(portfolio.data?.financingPortfolio.map((p) => p.projectId)).toEqual([A.project]);
    const attention = await lead(
      graphql(`query ProjectLeadAttention {
        attention(today: "2009-06-01", horizonDays: 365, first: 500) { totalCount kindCounts { count } edges { node { grantId } } }
      }`),
    );
    const listed = attention.data?.attention.edges.map((e) => e.node.grantId) ?? [];
    expect(listed.length).toBeGreaterThan(0);
    expect(listed).not.toContain(B.grant);
    // The counts count only what the lead may see too.
    expect(attention.data?.attention.kindCounts.reduce((n, k) => n + k.count, 0)).toBe(attention.data?.attention.totalCount);
    const audit = await lead(graphql(`query ProjectLeadAuditGrants { auditEntries(first: 100) { edges { node { grant { id } } } } }`));
    expect(audit.data?.auditEntries.edges.every((e) => e.node.grant?.id !== B.grant)).toBe(true);
  });

  it("answers node(id:) for B's objects, and for ids that name nothing, with the same FORBIDDEN and no data", async () => {
    const ghost = Buffer.from("Project:00000000-0000-0000-0000-000000000000").toString("base64");
    for (const id of [B.project, B.contribution, B.observation, ghost]) {
      const res = await lead(
        graphql(
          `query ProjectLeadAnyNode($id: ID!) { node(id: $id) { id ... on Project { name } ... on Contribution { amount } ... on Observation { value } } }`,
        ),
        { id },
      );
      expect(res.data?.node ?? null, id).toBeNull();
      expect(codes(res), id).toEqual(["FORBIDDEN"]);
    }
    const own = await lead(narrowNode(graphql(`query ProjectLeadOwnProject($id: ID!) { node(id: $id) { ... on Project { name } } }`)), {
      id: A.project,
    });
    expect(own.data?.node.name).toBe("Relationsvåldscentrum");
  });

  it("learns nothing of whether an object exists, not even its type, through node(id:) or nodes(ids:)", async () => {
    const ghost = Buffer.from("Project:00000000-0000-0000-0000-000000000000").toString("base64");
    for (const id of [B.project, B.contribution, ghost]) {
      const one = await lead(graphql(`query ProjectLeadNodeType($id: ID!) { node(id: $id) { __typename } }`), { id });
      expect(one.data?.node ?? null, id).toBeNull();
      expect(codes(one), id).toEqual(["FORBIDDEN"]);
    }
    const many = await lead(graphql(`query ProjectLeadNodeTypes($ids: [ID!]!) { nodes(ids: $ids) { __typename } }`), {
      ids: [B.project, ghost],
    });
    expect(many.data?.nodes ?? [null, null]).toEqual([null, null]);
    expect(codes(many)).toEqual(["FORBIDDEN"]);
  });

  it("sees which source document a figure comes from, but not the documents themselves", async () => {
    const list = await lead(graphql(`query ProjectLeadDocumentCount { sourceDocuments { totalCount } }`));
    expect(list.data?.sourceDocuments.totalCount).toBe(0);
    const docs = await api.gql(graphql(`query ProjectLeadFirstDocument { sourceDocuments(first: 1) { edges { node { id } } } }`));
    const id = docs.data?.sourceDocuments.edges[0].node.id as string;
    const named = await lead(
      narrowNode(graphql(`query ProjectLeadDocumentTitle($id: ID!) { node(id: $id) { ... on SourceDocument { title reference } } }`)),
      { id },
    );
    expect(named.errors).toBeUndefined();
    expect(named.data?.node.title.length).toBeGreaterThan(0);
    for (const field of ["originalText", "summary", "officer", "passages { quote }"]) {
      const res = await lead(`query ($id: ID!) { node(id: $id) { ... on SourceDocument { ${field} } } }`, { id });
      expect(codes(res), field).toEqual(["FORBIDDEN"]);
    }
  });

  it("sees the programmes' allocations and grants, but not what was paid out on other projects' grants", async () => {
    const query = graphql(`query ProjectLeadProgrammeDisbursed { programmeOverview { year granted disbursed } }`);
    const asLead = await lead(query);
    expect(asLead.errors).toBeUndefined();
    expect(asLead.data?.programmeOverview.every((r) => r.disbursed === null)).toBe(true);
    const asAdmin = await api.gql(query);
    expect(asAdmin.data?.programmeOverview.every((r) => r.disbursed !== null)).toBe(true);
  });

  it("reaches nothing of B through nested edges: organisations, indicators, B's grant beyond the public list", async () => {
    const nested = await lead(
      graphql(`query ProjectLeadNested {
      organisations(first: 100) { edges { node { partnerRoles { project { id } } contributions { project { id } } } } }
      indicators(first: 100) { edges { node { observations { project { id } } } } }
    }`),
    );
    expect(nested.errors).toBeUndefined();
    const projects = [
      ...(nested.data?.organisations.edges.flatMap((e) => [...e.node.partnerRoles, ...e.node.contributions].map((x) => x.project.id)) ??
        []),
      ...(nested.data?.indicators.edges.flatMap((e) => e.node.observations.map((x) => x.project?.id)) ?? []),
    ];
    expect(projects.length).toBeGreaterThan(0);
    expect(new Set(projects)).toEqual(new Set([A.project]));

    const publicRow = await lead(
      narrowNode(
        graphql(
          `query ProjectLeadPublicGrant($id: ID!) { node(id: $id) { ... on Grant { title amountGranted status funder { name } recipient { name } } } }`,
        ),
      ),
      { id: B.grant },
    );
    expect(publicRow.errors).toBeUndefined();
    expect(publicRow.data?.node.title).toContain("Q-jouren");
    for (const field of [
      "description",
      "project { id }",
      "conditions { text }",
      "auditEntries { actor }",
      "changes { actor }",
      "timeline { change { actor } }",
      "disbursements { amount }",
      "funderReference",
    ]) {
      const res = await lead(`query ($id: ID!) { node(id: $id) { ... on Grant { ${field} } } }`, { id: B.grant });
      expect(codes(res), field).toEqual(["FORBIDDEN"]);
    }
  });

  it("filters and searches B's grants only on what the list shows", async () => {
    const count = async (where: GrantWhere) =>
      (await lead(graphql(`query ProjectLeadGrantCount($w: GrantWhere) { grants(where: $w) { totalCount } }`), { w: where })).data?.grants
        .totalCount;
    expect(await count({})).toBeGreaterThan(1);
    expect(await count({ text: "q-jouren" })).toBe(0);
    expect(await count({ project: { equals: B.project } })).toBe(0);
    expect(await count({ project: { equals: A.project } })).toBeGreaterThan(0);
    // Nor by asking the opposite, or one of several: a private filter anywhere scopes the whole filter.
    expect(await count({ NOT: [{ text: "q-jouren" }] })).toBe(await count({ project: { equals: A.project } }));
    expect(await count({ OR: [{ text: "q-jouren" }, { project: { equals: B.project } }] })).toBe(0);
    const search = await lead(graphql(`query ProjectLeadSearch { search(text: "q-jouren") { projects { id } grants { id } } }`));
    expect(search.data?.search.projects).toEqual([]);
    expect(search.data?.search.grants.map((g) => g.id)).not.toContain(B.grant);
  });

  it("gets A's exports and calendar and is refused B's, also through a calendar link", async () => {
    const path = (p: string, ext: string) => `/exports/projects/${encodeURIComponent(p)}/financing.${ext}`;
    const as = { roles: ["PROJECT_LEAD" as const], projectIds: [dbId(A.project)], name: "Pia Projektledare" };
    expect((await api.get(path(A.project, "csv"), as)).status).toBe(200);
    expect((await api.get(path(B.project, "csv"), as)).status).toBe(403);
    expect((await api.get(path(B.project, "xlsx"), as)).status).toBe(403);
    expect((await api.get(`/calendar/projects/${encodeURIComponent(B.project)}.ics`, as)).status).toBe(403);
    expect((await api.get(path(A.project, "csv"), "anonymous")).status).toBe(401);

    const link = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...leadHeaders },
      body: requestBody(
        graphql(`mutation ProjectLeadCalendarToken { createCalendarToken(input: { name: "Kalender" }) { token accessToken { id } } }`),
      ),
    });
    const { token, accessToken } = (
      (await link.json()) as { data: { createCalendarToken: { token: string; accessToken: { id: string } } } }
    ).data.createCalendarToken;
    const feed = (p: string) => fetch(api.url.replace(/\/graphql$/, `/calendar/projects/${encodeURIComponent(p)}.ics?token=${token}`));
    expect((await feed(A.project)).status).toBe(200);
    expect((await feed(B.project)).status).toBe(403);
    // A calendar link is no key to the API.
    const asBearer = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: "{ grants { totalCount } }" }),
    });
    expect(((await asBearer.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe("UNAUTHENTICATED");
    await lead(graphql(`mutation ProjectLeadRevokeToken($id: ID!) { revokeAccessToken(id: $id) { id } }`), { id: accessToken.id });
    expect((await feed(A.project)).status).toBe(401);
  });

  it("cannot change B's budget, co-financing or statistics, and B's data stays as it was", async () => {
    const before = await api.gql(
      `query ($id: ID!) { node(id: $id) { ... on Project { budgetYears { year amount } contributions { id amount } observations { id value } } } }`,
      {
        id: B.project,
      },
    );
    const attempts = [
      lead(`mutation ($id: ID!) { setBudgetYear(projectId: $id, input: { year: 2010, amount: "1" }) { id } }`, { id: B.project }),
      lead(`mutation ($id: ID!) { deleteBudgetYear(projectId: $id, year: 2010) { id } }`, { id: B.project }),
      lead(
        `mutation ($id: ID!, $org: ID!) { addContribution(projectId: $id, input: { organisationId: $org, year: 2011, kind: CASH, amount: "1", status: PLEDGED }) { id } }`,
        {
          id: B.project,
          org: B.organisation,
        },
      ),
      lead(
        `mutation ($id: ID!, $org: ID!) { updateContribution(id: $id, input: { organisationId: $org, year: 2010, kind: CASH, amount: "1", status: PLEDGED }) { id } }`,
        {
          id: B.contribution,
          org: B.organisation,
        },
      ),
      lead(`mutation ($id: ID!) { deleteContribution(id: $id) { id } }`, { id: B.contribution }),
      lead(
        `mutation ($i: ID!, $p: ID!) { addObservation(input: { indicatorId: $i, projectId: $p, periodStart: "2032-01-01", periodEnd: "2032-12-31", value: 1 }) { id } }`,
        {
          i: B.indicator,
          p: B.project,
        },
      ),
      lead(
        `mutation ($id: ID!, $i: ID!) { updateObservation(id: $id, input: { indicatorId: $i, periodStart: "2031-01-01", periodEnd: "2031-12-31", value: 1 }) { id } }`,
        {
          id: B.observation,
          i: B.indicator,
        },
      ),
      lead(`mutation ($id: ID!) { deleteObservation(id: $id) }`, { id: B.observation }),
      lead(`mutation ($id: ID!, $v: Int!) { submitGrant(id: $id, expectedVersion: $v) { id } }`, { id: B.grant, v: 1 }),
    ];
    for (const res of await Promise.all(attempts)) expect(codes(res)).toEqual(["FORBIDDEN"]);
    const after = await api.gql(
      `query ($id: ID!) { node(id: $id) { ... on Project { budgetYears { year amount } contributions { id amount } observations { id value } } } }`,
      {
        id: B.project,
      },
    );
    expect(after).toEqual(before);
  });

  it("changes A's own budget, co-financing and statistics", async () => {
    const budget = await lead(
      graphql(
        `mutation ProjectLeadOwnBudget($id: ID!) { setBudgetYear(projectId: $id, input: { year: 2011, amount: "950000" }) { budgetYears { year amount } } }`,
      ),
      { id: A.project },
    );
    expect(budget.data?.setBudgetYear.budgetYears).toContainEqual({ year: 2011, amount: "950000" });
    const contribution = await lead(
      graphql(
        `mutation ProjectLeadOwnContribution($id: ID!, $org: ID!) { addContribution(projectId: $id, input: { organisationId: $org, year: 2011, kind: CASH, amount: "150000", status: PLEDGED }) { id } }`,
      ),
      { id: A.project, org: B.organisation },
    );
    expect(contribution.errors).toBeUndefined();
    const value = await lead(
      graphql(
        `mutation ProjectLeadOwnObservation($i: ID!, $p: ID!) { addObservation(input: { indicatorId: $i, projectId: $p, periodStart: "2033-01-01", periodEnd: "2033-12-31", value: 12 }) { id } }`,
      ),
      { i: B.indicator, p: A.project },
    );
    expect(value.errors).toBeUndefined();
  });
});
