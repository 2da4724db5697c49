import { type DocumentNode, Kind, type OperationDefinitionNode, parse, print, specifiedRules, validate, visit } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as webDocuments from "../../../web/src/gql/graphql";
import { schema } from "../schema";
import { graphql } from "../test/graphql";
import { startTestApi, type TestApi } from "../test/harness";
import { sampleVariables } from "../test/sample-variables";
import { operationCost } from "./cost-limit";
import { QUERY_LIMITS } from "./limits";
import { shapeLimits } from "./shape-limits";

/** What Apollo Client sends: every selection below the root asks for `__typename` too. */
const withTypename = (document: DocumentNode): DocumentNode =>
  visit(document, {
    SelectionSet: (node, _key, parent) =>
      (parent as { kind?: string })?.kind === Kind.OPERATION_DEFINITION ||
      node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === "__typename")
        ? undefined
        : { ...node, selections: [...node.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: "__typename" } }] },
  });

const operations = Object.entries(webDocuments).flatMap(([name, doc]) => {
  const d = (doc as DocumentNode)?.kind === Kind.DOCUMENT ? withTypename(doc as DocumentNode) : (doc as DocumentNode);
  const op = d?.kind === Kind.DOCUMENT && d.definitions.find((x): x is OperationDefinitionNode => x.kind === Kind.OPERATION_DEFINITION);
  return op ? [{ name, document: d, operation: op }] : [];
});

const nest = (levels: string[], leaf: string) => levels.reduceRight((inner, field) => `${field} { ${inner} }`, leaf);
const aliases = (n: number, selection: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${selection}`).join(" ")} }`;

/** What the probe sent, and the limit that must refuse it. */
const HOSTILE: [string, string, string][] = [
  [
    "projects → partner roles → organisation → … eight levels deep",
    `{ ${nest(["projects", "edges", "node", ...Array(4).fill(["partnerRoles", "organisation", "partnerRoles", "project"]).flat()], "name")} }`,
    "depth",
  ],
  [
    "the same nesting six levels deep (within the depth limit)",
    `{ ${nest(["projects(first: 100)", "edges", "node", "partnerRoles", "organisation", "partnerRoles", "project", "partnerRoles", "organisation"], "name")} }`,
    "cost",
  ],
  // A thousand aliases are already too many tokens; forty are too many aliases.
  ["1 000 aliases of financingPortfolio", aliases(1000, "financingPortfolio(referenceYear: 2010) { name }"), "tokens"],
  ["40 aliases of financingPortfolio", aliases(40, "financingPortfolio(referenceYear: 2010) { name }"), "aliases"],
  [
    "1 000 aliases of grantSummary grouped by year",
    aliases(1000, "grantSummary { count amountGranted groups(by: YEAR) { key count amountGranted } }"),
    "tokens",
  ],
  ["six whole-table summaries in one request", aliases(6, "grantSummary { count groups(by: FUNDER) { key } }"), "cost"],
  [
    "a hundred nodes nested through partner roles",
    `query { nodes(ids: [${Array(100)
      .fill(`"${Buffer.from("Project:x").toString("base64")}"`)
      .join(
        ",",
      )}]) { ... on Project { partnerRoles { organisation { partnerRoles { project { partnerRoles { organisation { name } } } } } } } } }`,
    "cost",
  ],
  ["a document of 6 000 tokens", `{ ${"__typename ".repeat(6000)}}`, "tokens"],
  ["60 directives", `{ ${"__typename @include(if: true) ".repeat(60)}}`, "directives"],
];

describe("query limits", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it("lets every query and mutation of the web app through, with room to spare", () => {
    expect(operations.length).toBeGreaterThan(40);
    const { validationRules, parseOptions } = shapeLimits();
    for (const { name, document, operation } of operations) {
      const reparsed = parse(print(document), parseOptions);
      expect(validate(schema, reparsed, [...specifiedRules, ...validationRules]), name).toEqual([]);
      const cost = operationCost(schema, document, operation, sampleVariables(schema, operation));
      expect(cost, name).toBeLessThanOrEqual(QUERY_LIMITS.cost * 0.8);
    }
  });

  it.each(HOSTILE)("refuses %s before running it, naming the limit", async (_name, query, limit) => {
    const analyst = await api.headersFor({ roles: ["ANALYST"] });
    api.statements.length = 0;
    const started = performance.now();
    const res = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...analyst },
      body: JSON.stringify({ query }),
    });
    const elapsed = performance.now() - started;
    const body = (await res.json()) as { data?: unknown; errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(res.status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors[0].extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit, max: QUERY_LIMITS[limit as "cost"] });
    expect(body.errors[0].message).toContain(`(${limit})`);
    expect(api.dataStatements()).toEqual([]);
    expect(elapsed).toBeLessThan(1000);
  });

  it("answers an ordinary grant list as before", async () => {
    const res = await api.gql(
      graphql(
        `query LimitsOrdinaryList { grants(first: 100) { totalCount edges { node { title funder { name } conditions { text } } } } grantSummary { count } }`,
      ),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.grants.totalCount).toBe(res.data?.grantSummary.count);
  });

  it("measures variables: a page size given as a variable counts like one written in the query", async () => {
    const query = graphql(
      `query LimitsPageSizeVariable($n: Int) { projects(first: $n) { edges { node { partnerRoles { organisation { partnerRoles { project { partnerRoles { organisation { name } } } } } } } } } }`,
    );
    expect((await api.gql(query, { n: 1 })).errors).toBeUndefined();
    expect((await api.gql(query, { n: 100 })).errors?.[0].extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit: "cost" });
  });
});

describe("the execution deadline", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ executionMs: 1 });
  });
  afterAll(() => api.close());

  it("stops a query that runs past it with one TIMEOUT error", async () => {
    const res = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(await api.headersFor({ roles: ["ANALYST"] })) },
      body: JSON.stringify({
        query: `{ grants(first: 100) { edges { node { title conditions { text } payments: disbursements { amount } } } } }`,
      }),
    });
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({
      errors: [
        {
          message: expect.stringContaining("was stopped"),
          extensions: { code: "TIMEOUT", reason: "query.timeout", params: { seconds: 0.001 }, limitMs: 1 },
        },
      ],
    });
  });

  it("lets a mutation finish, so that a saved change is never reported as failed", async () => {
    const res = await api.gql(
      graphql(
        `mutation LimitsAddIndicator { addIndicator(input: { name: "Samtal till stödlinjen", unit: "samtal", countsPeople: false }) { name } }`,
      ),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.addIndicator.name).toBe("Samtal till stödlinjen");
  });
});
