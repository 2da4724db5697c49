import { afterAll, beforeAll, expect, it } from "vitest";
import { type GqlResult, startTestApi, type TestApi } from "../../test/harness";

/**
 * The trail as people read it: one change per action (not one row per field), references with
 * the names of what they point to, and no more SQL for a long trail than for a short one.
 */
let api: TestApi;
let lst: string;
let saf: string;
const lstName = "Länsstyrelsen i Stockholms län";
const safName = "Socialtjänst- och arbetsmarknadsförvaltningen";
/** The database id inside a global id (the trail stores database ids). */
const dbId = (globalId: string) => Buffer.from(globalId, "base64").toString().split(":")[1];

type Change = {
  action: string;
  entityType: string;
  actor: string;
  version: number;
  fields: { field: string; before: string | null; after: string | null; beforeName: string | null; afterName: string | null }[];
};
const CHANGE = "action entityType actor version fields { field before after beforeName afterName }";

const ok = <T>(res: GqlResult<T>): T => {
  expect(res.errors).toBeUndefined();
  return res.data as T;
};

beforeAll(async () => {
  api = await startTestApi();
  const orgs = ok(
    await api.gql<{ organisations: { edges: { node: { id: string; name: string } }[] } }>(
      `{ organisations(first: 100) { edges { node { id name } } } }`,
    ),
  );
  const byName = (n: string) => orgs.organisations.edges.find((e) => e.node.name === n)?.node.id as string;
  lst = byName(lstName);
  saf = byName(safName);
  expect(lst && saf).toBeTruthy();
});
afterAll(() => api.close());

const application = (funderId: string) => ({
  title: "Ändringslogg (test)",
  funderId,
  applicantId: saf,
  recipientId: saf,
  amountApplied: "350000",
  periodStartYear: 2010,
  periodEndYear: 2010,
  yearAmounts: [{ year: 2010, amountApplied: "350000" }],
});

async function createGrant(): Promise<{ id: string; version: number }> {
  return ok(
    await api.gql<{ createGrant: { id: string; version: number } }>(
      `mutation ($input: GrantApplicationInput!) { createGrant(input: $input) { id version } }`,
      { input: application(lst) },
    ),
  ).createGrant;
}

const changes = async (id: string) =>
  ok(
    await api.gql<{ node: { changes: Change[] } }>(`query ($id: ID!) { node(id: $id) { ... on Grant { changes { ${CHANGE} } } } }`, { id }),
  ).node.changes;

it("records a new application as one change with the funder and recipient by name", async () => {
  const g = await createGrant();
  const [created, ...rest] = await changes(g.id);
  expect(rest).toEqual([]);
  expect(created).toMatchObject({ action: "created", entityType: "Grant", version: 1 });
  const field = (name: string) => created.fields.find((f) => f.field === name);
  expect(field("funderId")).toMatchObject({ before: null, after: dbId(lst), beforeName: null, afterName: lstName });
  expect(field("recipientId")).toMatchObject({ after: dbId(saf), afterName: safName });
  expect(field("amountApplied")).toMatchObject({ after: "350000", afterName: null });
  // What was not set is not listed.
  expect(created.fields.filter((f) => f.after === null)).toEqual([]);
});

it("shows a decision as one change whose status values the web can word, with the amount granted", async () => {
  const g = await createGrant();
  const submitted = ok(
    await api.gql<{ submitGrant: { version: number } }>(
      `mutation ($id: ID!, $v: Int!) { submitGrant(id: $id, expectedVersion: $v, submittedDate: "2009-06-15") { version } }`,
      { id: g.id, v: g.version },
    ),
  ).submitGrant;
  ok(
    await api.gql(
      `mutation ($id: ID!, $v: Int!) { decideGrant(id: $id, expectedVersion: $v, input: { outcome: PARTIALLY_GRANTED, amountGranted: "300000", decisionDate: "2009-09-10" }) { version } }`,
      { id: g.id, v: submitted.version },
    ),
  );
  const trail = await changes(g.id);
  expect(trail.map((c) => c.action)).toEqual(["created", "submitted", "decided"]);
  const decided = trail[2];
  expect(decided.fields).toEqual(
    expect.arrayContaining([
      { field: "status", before: "SUBMITTED", after: "PARTIALLY_GRANTED", beforeName: null, afterName: null },
      expect.objectContaining({ field: "amountGranted", before: null, after: "300000" }),
    ]),
  );
  // The timeline carries the same change for its CHANGE item.
  const timeline = ok(
    await api.gql<{ node: { timeline: { kind: string; change: Change | null }[] } }>(
      `query ($id: ID!) { node(id: $id) { ... on Grant { timeline { kind change { ${CHANGE} } } } } }`,
      { id: g.id },
    ),
  ).node.timeline;
  expect(timeline.filter((e) => e.kind === "CHANGE").map((e) => e.change?.action)).toEqual(["created", "submitted", "decided"]);
  expect(timeline.filter((e) => e.kind !== "CHANGE").every((e) => e.change === null)).toBe(true);
});

it("sends as many SQL statements for a trail of 30 changes as for one of 5 (names in one batch)", async () => {
  const g = await createGrant();
  let version = g.version;
  const edit = async (i: number) => {
    const res = ok(
      await api.gql<{ updateGrant: { version: number } }>(
        `mutation ($id: ID!, $v: Int!, $input: GrantApplicationInput!) { updateGrant(id: $id, expectedVersion: $v, input: $input) { version } }`,
        { id: g.id, v: version, input: application(i % 2 ? saf : lst) },
      ),
    );
    version = res.updateGrant.version;
  };
  const statementsFor = async (count: number) => {
    api.statements.length = 0;
    const trail = await changes(g.id);
    expect(trail).toHaveLength(count);
    return api.dataStatements().length;
  };
  for (let i = 1; i < 5; i++) await edit(i);
  const five = await statementsFor(5);
  for (let i = 5; i < 30; i++) await edit(i);
  const thirty = await statementsFor(30);
  const last = (await changes(g.id))[29].fields.find((f) => f.field === "funderId");
  expect(last).toMatchObject({ beforeName: lstName, afterName: safName });
  console.log(`SQL statements: ${five} for 5 changes, ${thirty} for 30 changes`);
  expect(five).toBeGreaterThan(0);
  expect(thirty).toBe(five);
});
