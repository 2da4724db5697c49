import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, narrowNode } from "../../test/graphql";
import { type As, startTestApi, type TestApi } from "../../test/harness";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: false });
});
afterAll(() => api.close());

const ANNA: As = { roles: ["ANALYST"], name: "Anna Analytiker" };
const BERTIL: As = { roles: ["CASE_OFFICER"], name: "Bertil Handläggare" };
const ADMIN: As = { roles: ["ADMIN"], name: "Ada Admin" };

// The fields every answer below asks for (spread as ...SavedQueryFields).
graphql(`
  fragment SavedQueryFields on SavedQuery { id version name description query variables shared ownerName mine }
`);

const CREATE = graphql(`
  mutation SavedQueriesCreate($input: SavedQueryInput!) { createSavedQuery(input: $input) { ...SavedQueryFields } }
`);
const UPDATE = graphql(`
  mutation SavedQueriesUpdate($id: ID!, $input: SavedQueryInput!, $expectedVersion: Int) {
    updateSavedQuery(id: $id, input: $input, expectedVersion: $expectedVersion) { ...SavedQueryFields }
  }
`);
const DELETE = graphql(`
  mutation SavedQueriesDelete($id: ID!, $expectedVersion: Int) { deleteSavedQuery(id: $id, expectedVersion: $expectedVersion) }
`);
const LIST = graphql(`
  query SavedQueriesList($where: SavedQueryWhere) {
    savedQueries(where: $where, first: 100) { totalCount edges { node { ...SavedQueryFields } } }
  }
`);
const ONE = narrowNode(
  graphql(`
    query SavedQueriesOne($id: ID!) { node(id: $id) { __typename ... on SavedQuery { ...SavedQueryFields } } }
  `),
);
const TRAIL = graphql(`
  query SavedQueriesTrail($id: String!) {
    auditEntries(where: { entityType: "SavedQuery", entityId: $id }, first: 100) { edges { node { action field before after actor } } }
  }
`);

const PER_YEAR = "query PerYear { grantSummary { byYear { year amountGranted } } }";

async function save(as: As, input: { name: string; query?: string; shared?: boolean; description?: string; variables?: string }) {
  const res = await api.as(as).gql(CREATE, { input: { query: PER_YEAR, ...input } });
  expect(res.errors).toBeUndefined();
  return res.data?.createSavedQuery as NonNullable<typeof res.data>["createSavedQuery"];
}

const names = (res: { data?: { savedQueries: { edges: { node: { name: string } }[] } } | null }) =>
  res.data?.savedQueries.edges.map((e) => e.node.name).sort();

const dbId = (globalId: string) => Buffer.from(globalId, "base64").toString().split(":")[1];

describe("saved queries", () => {
  it("stores a query with its owner, variables as JSON, private unless shared, with an audit entry", async () => {
    const q = await save(ANNA, { name: "  Beviljat per år ", description: "Summa per år", variables: '{"first": 5}' });
    expect(q).toMatchObject({
      version: 1,
      name: "Beviljat per år",
      query: PER_YEAR,
      shared: false,
      ownerName: "Anna Analytiker",
      mine: true,
    });
    expect(JSON.parse(q.variables ?? "")).toEqual({ first: 5 });
    const trail = await api.as(ANNA).gql(TRAIL, { id: dbId(q.id) });
    const entries = trail.data?.auditEntries.edges.map((e) => e.node) ?? [];
    expect(entries.find((e) => e.field === "name")).toMatchObject({
      action: "created",
      after: "Beviljat per år",
      actor: "Anna Analytiker",
    });
  });

  it("lists one's own and the shared queries, never another's private one, which answers FORBIDDEN by id", async () => {
    const priv = await save(BERTIL, { name: "Bertils privata" });
    await save(BERTIL, { name: "Bertils delade", shared: true });
    await save(ANNA, { name: "Annas egna" });
    const seenByAnna = names(await api.as(ANNA).gql(LIST, {}));
    expect(seenByAnna).toContain("Bertils delade");
    expect(seenByAnna).toContain("Annas egna");
    expect(seenByAnna).not.toContain("Bertils privata");
    expect(names(await api.as(BERTIL).gql(LIST, {}))).toEqual(["Bertils delade", "Bertils privata"]);

    const hidden = await api.as(ANNA).gql(ONE, { id: priv.id });
    expect(hidden.errors?.[0].extensions.code).toBe("FORBIDDEN");
    const own = await api.as(BERTIL).gql(ONE, { id: priv.id });
    expect(own.data?.node).toMatchObject({ name: "Bertils privata", mine: true });
    // Nor does its trail show it (the query's text is in the trail).
    const trail = await api.as(ANNA).gql(TRAIL, { id: dbId(priv.id) });
    expect(trail.data?.auditEntries.edges).toEqual([]);
  });

  it("opens a shared query by id for someone else, who may neither change nor delete it", async () => {
    const shared = await save(BERTIL, { name: "Per finansiär", shared: true });
    const opened = await api.as(ANNA).gql(ONE, { id: shared.id });
    expect(opened.data?.node).toMatchObject({ name: "Per finansiär", query: PER_YEAR, mine: false, ownerName: "Bertil Handläggare" });
    const change = await api.as(ANNA).gql(UPDATE, { id: shared.id, input: { name: "Mitt nu", query: PER_YEAR } });
    expect(change.errors?.[0].extensions.code).toBe("FORBIDDEN");
    const remove = await api.as(ANNA).gql(DELETE, { id: shared.id });
    expect(remove.errors?.[0].extensions.code).toBe("FORBIDDEN");
    expect((await api.as(BERTIL).gql(ONE, { id: shared.id })).data?.node).toMatchObject({ name: "Per finansiär", version: 1 });
  });

  it("lets the owner change it, refusing an edit of a version that has changed since (CONFLICT)", async () => {
    const q = await save(ANNA, { name: "Att ändra" });
    const first = await api.as(ANNA).gql(UPDATE, {
      id: q.id,
      input: { name: "Ändrad", query: PER_YEAR, shared: true, variables: "" },
      expectedVersion: 1,
    });
    expect(first.data?.updateSavedQuery).toMatchObject({ name: "Ändrad", shared: true, version: 2, variables: null });
    const stale = await api.as(ANNA).gql(UPDATE, { id: q.id, input: { name: "Gammal", query: PER_YEAR }, expectedVersion: 1 });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", reason: "record.changedByOthers" });
    expect((await api.as(ANNA).gql(ONE, { id: q.id })).data?.node).toMatchObject({ name: "Ändrad", version: 2 });
    const trail = await api.as(ANNA).gql(TRAIL, { id: dbId(q.id) });
    expect(trail.data?.auditEntries.edges.map((e) => e.node)).toContainEqual(
      expect.objectContaining({ action: "updated", field: "shared", before: "false", after: "true" }),
    );
  });

  it("lets the owner delete it; an administrator may delete a shared one but not another's private one", async () => {
    const own = await save(ANNA, { name: "Att ta bort" });
    const stale = await api.as(ANNA).gql(DELETE, { id: own.id, expectedVersion: 7 });
    expect(stale.errors?.[0].extensions.code).toBe("CONFLICT");
    expect((await api.as(ANNA).gql(DELETE, { id: own.id, expectedVersion: 1 })).data?.deleteSavedQuery).toBe(own.id);
    expect(await api.db.prisma.savedQuery.count({ where: { id: dbId(own.id) } })).toBe(0);

    const shared = await save(ANNA, { name: "Delad att städa", shared: true });
    const priv = await save(ANNA, { name: "Privat, inte för admin" });
    expect((await api.as(ADMIN).gql(DELETE, { id: priv.id })).errors?.[0].extensions.code).toBe("FORBIDDEN");
    expect((await api.as(ADMIN).gql(DELETE, { id: shared.id })).data?.deleteSavedQuery).toBe(shared.id);
    expect(await api.db.prisma.savedQuery.count({ where: { id: { in: [dbId(shared.id), dbId(priv.id)] } } })).toBe(1);
  });

  it("searches name, description and query ignoring case and diacritics", async () => {
    await save(ANNA, { name: "Våld i nära relationer", description: "Kvinnojourer per kommun" });
    await save(ANNA, { name: "Annat", query: '{ organisations(where: { text: "Hässelby" }) { totalCount } }' });
    const search = async (text: string) => names(await api.as(ANNA).gql(LIST, { where: { text } }));
    expect(await search("VALD")).toEqual(["Våld i nära relationer"]);
    expect(await search("kvinnojour")).toEqual(["Våld i nära relationer"]);
    expect(await search("hasselby")).toEqual(["Annat"]);
    expect(await search("%")).toEqual([]);
  });

  it("refuses bad input naming the field, and stores nothing", async () => {
    const before = await api.db.prisma.savedQuery.count();
    const refusal = async (input: Record<string, unknown>) => {
      const res = await api.as(ANNA).gql(CREATE, { input: { name: "Namn", query: PER_YEAR, ...input } });
      return res.errors?.[0].extensions;
    };
    expect(await refusal({ name: " " })).toMatchObject({ code: "BAD_USER_INPUT", field: "input.name", reason: "savedQuery.nameRequired" });
    expect(await refusal({ name: "x".repeat(201) })).toMatchObject({ field: "input.name", reason: "text.tooLong", params: { max: 200 } });
    expect(await refusal({ query: "{\n  grants {\n    totalCount )\n  }\n}" })).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.query",
      reason: "savedQuery.notGraphQL",
      params: { line: 3, column: 16 },
    });
    expect(await refusal({ query: `{ a${" b".repeat(10_000)} }` })).toMatchObject({ field: "input.query", reason: "text.tooLong" });
    expect(await refusal({ variables: "{ first: 1 }" })).toMatchObject({ field: "input.variables", reason: "savedQuery.variablesNotJson" });
    expect(await refusal({ variables: "[]" })).toMatchObject({ field: "input.variables", reason: "savedQuery.variablesNotObject" });
    expect(await api.db.prisma.savedQuery.count()).toBe(before);
  });
});
