import { afterAll, beforeAll, expect, it } from "vitest";
import { graphql } from "../../test/graphql";
import { type GqlResult, startTestApi, type TestApi } from "../../test/harness";

/**
 * The whole trail one item per action: an organisation edited twice is two changes, each with
 * the fields it changed (references by name), however many rows the trail keeps per field;
 * paged, filtered and limited to what the viewer may read as `auditEntries` is.
 */
let api: TestApi;
let org: string;
let orgDbId: string;
let parentName: string;

const ok = <T>(res: GqlResult<T>): T => {
  expect(res.errors).toBeUndefined();
  return res.data as T;
};

const CHANGES = graphql(`
  query AuditChangesList($where: AuditEntryWhere, $first: Int, $after: String) {
    auditChanges(where: $where, first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { entityType entityId subjectName action actor version fields { field before after afterName } } }
    }
  }
`);
const ROWS = graphql(`query AuditChangesRows($where: AuditEntryWhere) { auditEntries(where: $where, first: 100) { totalCount } }`);

const UPDATE = graphql(`
  mutation AuditChangesEditOrganisation($id: ID!, $input: OrganisationInput!, $v: Int) {
    updateOrganisation(id: $id, input: $input, expectedVersion: $v) { version }
  }
`);

beforeAll(async () => {
  api = await startTestApi();
  const orgs = ok(await api.gql(graphql(`query AuditChangesOrgs { organisations(first: 100) { edges { node { id name } } } }`)));
  const byName = (n: string) => orgs.organisations.edges.find((e) => e.node.name === n)?.node.id as string;
  parentName = "Stockholms stad";
  const created = ok(
    await api.gql(
      graphql(`mutation AuditChangesCreateOrganisation($input: OrganisationInput!) { createOrganisation(input: $input) { id version } }`),
      { input: { name: "Jouren i ändringsloggen", kind: "NGO", municipality: "Solna" } },
    ),
  ).createOrganisation;
  org = created.id;
  orgDbId = Buffer.from(org, "base64").toString().split(":")[1];
  // Two edits: the first changes two fields (two rows), the second sets a parent (a reference).
  ok(await api.gql(UPDATE, { id: org, v: created.version, input: { name: "Jouren i loggen", kind: "NGO", municipality: "Sundbyberg" } }));
  const parent = byName(parentName);
  expect(parent).toBeTruthy();
  ok(
    await api.gql(UPDATE, {
      id: org,
      v: created.version + 1,
      input: { name: "Jouren i loggen", kind: "NGO", municipality: "Sundbyberg", parentId: parent },
    }),
  );
});
afterAll(() => api.close());

const mine = { entityType: "Organisation", entityId: "" };

it("lists an organisation edited twice as three changes, newest first, each with its changed fields", async () => {
  const where = { ...mine, entityId: orgDbId };
  const res = ok(await api.gql(CHANGES, { where }));
  const changes = res.auditChanges.edges.map((e) => e.node);
  expect(changes.map((c) => c.action)).toEqual(["updated", "updated", "created"]);
  expect(changes.map((c) => c.version)).toEqual([3, 2, 1]);
  // Which record, by name (as it is now), not by id.
  expect(new Set(changes.map((c) => c.subjectName))).toEqual(new Set(["Jouren i loggen"]));
  expect(changes[0].fields).toEqual([expect.objectContaining({ field: "parentId", before: null, afterName: parentName })]);
  expect(changes[1].fields.map((f) => [f.field, f.before, f.after]).sort()).toEqual([
    ["municipality", "Solna", "Sundbyberg"],
    ["name", "Jouren i ändringsloggen", "Jouren i loggen"],
  ]);
  // The trail keeps a row per field: more rows than changes.
  const rows = ok(await api.gql(ROWS, { where })).auditEntries.totalCount;
  expect(rows).toBe(changes.reduce((n, c) => n + Math.max(1, c.fields.length), 0));
  expect(rows).toBeGreaterThan(changes.length);
});

it("pages the changes, not the rows: one at a time, each whole", async () => {
  const where = { ...mine, entityId: orgDbId };
  const first = ok(await api.gql(CHANGES, { where, first: 1 })).auditChanges;
  expect(first.edges).toHaveLength(1);
  expect(first.pageInfo.hasNextPage).toBe(true);
  const second = ok(await api.gql(CHANGES, { where, first: 1, after: first.pageInfo.endCursor })).auditChanges;
  expect(second.edges[0].node.version).toBe(2);
  expect(second.edges[0].node.fields).toHaveLength(2);
  const last = ok(await api.gql(CHANGES, { where, first: 5, after: second.pageInfo.endCursor })).auditChanges;
  expect(last.edges.map((e) => e.node.action)).toEqual(["created"]);
  expect(last.pageInfo.hasNextPage).toBe(false);
});

it("finds a change by any of its fields and shows it whole", async () => {
  const res = ok(await api.gql(CHANGES, { where: { entityId: orgDbId, text: "Sundbyberg" } })).auditChanges;
  expect(res.edges.map((e) => e.node.version)).toEqual([2]);
  expect(res.edges[0].node.fields.map((f) => f.field).sort()).toEqual(["municipality", "name"]);
});

it("shows a project lead only the changes they may read", async () => {
  const lead = api.as({ roles: ["PROJECT_LEAD"], projectIds: [] });
  const theirs = ok(await lead.gql(CHANGES, { first: 100 })).auditChanges.edges.map((e) => e.node);
  expect(theirs.length).toBeGreaterThan(0);
  expect(theirs.every((c) => c.entityType === "Organisation" || c.entityType === "Indicator")).toBe(true);
  expect(theirs.every((c) => c.subjectName)).toBe(true);
});

it("names a grant's change by the grant's title", async () => {
  const orgs = ok(await api.gql(graphql(`query AuditChangesOrgs { organisations(first: 100) { edges { node { id name } } } }`)));
  const id = (n: string) => orgs.organisations.edges.find((e) => e.node.name === n)?.node.id;
  const [funder, applicant] = [id("Länsstyrelsen i Stockholms län"), id("Socialtjänst- och arbetsmarknadsförvaltningen")];
  const input = { title: "Loggat bidrag", funderId: funder, applicantId: applicant, recipientId: applicant, amountApplied: "350000" };
  ok(await api.gql(`mutation ($input: GrantApplicationInput!) { createGrant(input: $input) { id } }`, { input }));
  const grantChange = ok(await api.gql(CHANGES, { where: { entityType: "Grant" }, first: 1 })).auditChanges.edges[0].node;
  expect(grantChange.action).toBe("created");
  expect(grantChange.subjectName).toBe("Loggat bidrag");
});

it("refuses a page too large, a cursor of another list and paging backwards", async () => {
  const big = await api.gql(CHANGES, { first: 101 });
  expect(big.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
  // A cursor of another list is not a position here.
  const grants = ok(await api.gql(graphql(`query AuditChangesGrantCursor { grants(first: 1) { pageInfo { endCursor } } }`)));
  const foreign = await api.gql(CHANGES, { after: grants.grants.pageInfo.endCursor });
  expect(foreign.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after", reason: "cursor.invalid" });
  const backwards = await api.gql(`{ auditChanges(last: 2) { edges { cursor } } }`);
  expect(backwards.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "last", reason: "page.forwardOnly" });
});
