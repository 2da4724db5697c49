import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../test/graphql";
import { startTestApi, type TestApi } from "../test/harness";

type ErrorBody = { errors: { message: string; extensions: { code: string } }[] };

/** Item 7 of the hardening issue: simply bad input answered INTERNAL_SERVER_ERROR; now BAD_USER_INPUT naming it. */
describe("arguments no field may take", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  const refused = async (query: string, variables?: Record<string, unknown>) => {
    api.statements.length = 0;
    const res = await api.gql(query, variables);
    expect(res.data ?? null).toBeNull();
    expect(api.dataStatements()).toEqual([]);
    return res.errors?.[0];
  };

  it("refuses a NUL byte in any string, in a filter, an input or a nested field", async () => {
    expect(await refused(`query ($t: String) { grants(where: { text: $t }) { totalCount } }`, { t: "a\u0000b" })).toMatchObject({
      extensions: { code: "BAD_USER_INPUT", field: "where.text" },
    });
    const nested = await refused(
      `query ($t: String!) { projects(first: 1) { edges { node { financing(whatIf: [{ grantId: "${Buffer.from("Grant:x").toString("base64")}", outcome: $t }]) { year } } } } }`,
      { t: "GRANTED\u0000" },
    );
    expect(nested).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "whatIf.0.outcome" } });
    expect(nested?.extensions.reason).toBe("text.controlCharacters");
    const input = await refused(`mutation ($i: IndicatorInput!) { addIndicator(input: $i) { id } }`, {
      i: { name: "Samtal\u0000", unit: "samtal", countsPeople: false },
    });
    expect(input).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "input.name" } });
  });

  it("refuses page sizes outside 1–100, at the root and nested", async () => {
    expect(await refused(`{ grants(first: -1) { totalCount } }`)).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "first" } });
    expect(await refused(`{ grants(first: 0) { totalCount } }`)).toMatchObject({ extensions: { field: "first" } });
    expect(await refused(`{ organisations(first: 1) { edges { node { grantsAsFunder(first: -1) { totalCount } } } } }`)).toMatchObject({
      extensions: { code: "BAD_USER_INPUT", field: "first" },
    });
  });

  it("answers NOT_FOUND for a node id that is no id of this API, or names nothing", async () => {
    expect(await refused(`{ node(id: "!!!") { id } }`)).toMatchObject({
      extensions: { code: "NOT_FOUND", field: "id", reason: "id.unknown" },
    });
    const unknownType = Buffer.from("Foo:1").toString("base64");
    expect(await refused(`{ node(id: "${unknownType}") { id } }`)).toMatchObject({ extensions: { code: "NOT_FOUND", field: "id" } });
    expect(await refused(`{ nodes(ids: ["!!!"]) { id } }`)).toMatchObject({ extensions: { code: "NOT_FOUND", field: "ids.0" } });
    const missing = await api.gql(`{ node(id: "${Buffer.from("Grant:nope").toString("base64")}") { id } }`);
    expect(missing.data).toEqual({ node: null });
    expect(missing.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", reason: "record.notFound" });
  });

  it("refuses a cursor it did not give out, at the root and nested", async () => {
    expect(await refused(`{ grants(after: "garbage") { totalCount } }`)).toMatchObject({
      extensions: { code: "BAD_USER_INPUT", field: "after" },
    });
    expect(await refused(`{ organisations(first: 1) { edges { node { grantsAsFunder(after: "zzz") { totalCount } } } } }`)).toMatchObject({
      extensions: { code: "BAD_USER_INPUT", field: "after" },
    });
    const page = await api.gql(graphql(`query GuardFirstPage { grants(first: 2) { pageInfo { endCursor } } }`));
    const next = await api.gql(graphql(`query GuardNextPage($a: String) { grants(first: 2, after: $a) { totalCount } }`), {
      a: page.data?.grants.pageInfo.endCursor,
    });
    expect(next.errors).toBeUndefined();
  });

  it("refuses numbers beyond any figure the product holds", async () => {
    const indicator = await api.gql(graphql(`query GuardIndicator { indicators(first: 1) { edges { node { id } } } }`));
    const res = await refused(`mutation ($i: ObservationInput!) { addObservation(input: $i) { id } }`, {
      i: { indicatorId: indicator.data?.indicators.edges[0].node.id, periodStart: "2030-01-01", periodEnd: "2030-12-31", value: 1e308 },
    });
    expect(res).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "input.value" } });
  });

  it("refuses text with an unpaired direction mark and lists of thousands of values", async () => {
    expect(await refused(`query ($t: String) { organisations(where: { text: $t }) { totalCount } }`, { t: "abc\u202e" })).toMatchObject({
      extensions: { code: "BAD_USER_INPUT", field: "where.text" },
    });
    const ids = Array.from({ length: 1001 }, () => Buffer.from("Organisation:x").toString("base64"));
    expect(await refused(`query ($ids: [ID!]) { grants(where: { funder: { in: $ids } }) { totalCount } }`, { ids })).toMatchObject({
      extensions: { code: "BAD_USER_INPUT", field: "where.funder.in" },
    });
  });

  it("refuses an id whose base64 hides a NUL byte, wherever an id goes", async () => {
    const nulId = (type: string) => Buffer.from(`${type}:\u0000`).toString("base64");
    expect(await refused(`{ node(id: "${nulId("Project")}") { id } }`)).toMatchObject({
      extensions: { code: "BAD_USER_INPUT", field: "id" },
    });
    expect(await refused(`{ nodes(ids: ["${nulId("Grant")}"]) { id } }`)).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    expect(await refused(`{ grants(where: { funder: { in: ["${nulId("Organisation")}"] } }) { totalCount } }`)).toMatchObject({
      extensions: { code: "BAD_USER_INPUT", field: "where.funder.in.0" },
    });
    expect(
      await refused(`mutation { setBudgetYear(projectId: "${nulId("Project")}", input: { year: 2011, amount: "1" }) { id } }`),
    ).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "projectId" } });
    for (const url of [`/exports/projects/${nulId("Project")}/financing.csv`, `/calendar/projects/${nulId("Project")}.ics`]) {
      const res = await api.get(url);
      expect(res.status, url).toBe(400);
      expect(((await res.json()) as ErrorBody).errors[0].extensions.code).toBe("BAD_USER_INPUT");
    }
  });

  it("refuses cursors in the API's own format that it cannot have given out", async () => {
    for (const raw of ["GPC:S:\u0000", "GPC:N:1e400", 'GPC:J:{"a":1}']) {
      const cursor = Buffer.from(raw).toString("base64");
      expect(await refused(`{ projects(after: "${cursor}") { totalCount } }`), raw).toMatchObject({
        extensions: { code: "BAD_USER_INPUT", field: "after" },
      });
    }
  });

  it("takes at most 100 ids in nodes", async () => {
    const ids = Array.from({ length: 101 }, () => Buffer.from("Project:x").toString("base64"));
    expect(await refused(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids })).toMatchObject({
      extensions: { code: "BAD_USER_INPUT", field: "ids" },
    });
  });

  it("answers a document with two operations and no operationName, or an unknown one, as bad input", async () => {
    const post = (body: unknown) =>
      fetch(api.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    for (const body of [
      { query: "query A { smallCountThreshold } query B { smallCountThreshold }" },
      { query: "query A { smallCountThreshold }", operationName: "B" },
      { query: "{ smallCountThreshold }", extensions: { persistedQuery: { version: 1, sha256Hash: "x" } } },
    ]) {
      const res = await post(body);
      expect(res.status, JSON.stringify(body)).toBeLessThan(500);
      const json = (await res.json()) as ErrorBody;
      expect(json.errors[0].extensions.code, JSON.stringify(body)).not.toBe("INTERNAL_SERVER_ERROR");
    }
  });

  it("treats % and _ in a search as themselves, not as wildcards", async () => {
    const count = async (t: string) =>
      (await api.gql(graphql(`query GuardOrganisationCount($t: String) { organisations(where: { text: $t }) { totalCount } }`), { t })).data
        ?.organisations.totalCount;
    expect(await count("%")).toBe(0);
    expect(await count("_")).toBe(0);
    expect(await count("haninge")).toBeGreaterThan(0);
    const search = await api.gql(graphql(`query GuardPercentSearch { search(text: "%%") { organisations { id } } }`));
    expect(search.data?.search.organisations).toEqual([]);
  });
});
