import { wordReason } from "@bk/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GqlResult, startTestApi, type TestApi } from "./test/harness";

/**
 * The one error contract: every refusal answers an English message and
 * `extensions: { code, field?, reason, params, fieldViolations? }`, whatever refused it
 * (a domain schema, a domain rule, a missing record, a scalar, the permissions).
 */
let api: TestApi;
let funder: string;
let applicant: string;

beforeAll(async () => {
  api = await startTestApi();
  const orgs = await api.gql<{ organisations: { edges: { node: { id: string } }[] } }>(
    `{ organisations(first: 2) { edges { node { id } } } }`,
  );
  [funder, applicant] = (orgs.data?.organisations.edges ?? []).map((e) => e.node.id);
});
afterAll(() => api.close());

const CREATE = `mutation ($input: GrantApplicationInput!) { createGrant(input: $input) { id version status } }`;
const application = (changes: Record<string, unknown> = {}) => ({
  title: "Felkontraktet (test)",
  funderId: funder,
  applicantId: applicant,
  recipientId: applicant,
  amountApplied: "350000",
  ...changes,
});

/** The first error, checked to say in English what its reason says. */
function refusal(result: GqlResult<unknown>) {
  const error = result.errors?.[0];
  expect(error, JSON.stringify(result)).toBeDefined();
  const ext = error?.extensions as { code: string; reason: string; params: Record<string, string | number | null> };
  expect(error?.message).toBe(wordReason(ext.reason, ext.params, "en"));
  return error?.extensions;
}

describe("every refusal answers code, field, reason and params", () => {
  it("a schema's violations: the first field, and every wrong field in fieldViolations", async () => {
    const result = await api.gql(CREATE, { input: application({ title: "   ", note: "x".repeat(2001) }) });
    expect(refusal(result)).toEqual({
      code: "BAD_USER_INPUT",
      field: "input.title",
      reason: "grant.titleRequired",
      params: { min: 1, max: 300 },
      fieldViolations: {
        "input.title": { reason: "grant.titleRequired", params: { min: 1, max: 300 } },
        "input.note": { reason: "text.tooLong", params: { max: 2000 } },
      },
    });
    expect(result.errors?.[0].message).toBe("Enter a title");
  });

  it("a rule of the lifecycle: CONFLICT with the statuses as parameters", async () => {
    const created = await api.gql<{ createGrant: { id: string; version: number } }>(CREATE, { input: application() });
    const grant = created.data?.createGrant;
    const result = await api.gql(`mutation ($id: ID!, $v: Int!) { transitionGrant(id: $id, expectedVersion: $v, to: REPORTED) { id } }`, {
      id: grant?.id,
      v: grant?.version,
    });
    expect(refusal(result)).toMatchObject({
      code: "CONFLICT",
      field: "status",
      reason: "grant.transition.notAllowed",
      params: { from: "DRAFT", to: "REPORTED" },
    });
    expect(result.errors?.[0].message).toMatch(/^A grant with status “draft” cannot become “reported”/i);
  });

  it("an id that names nothing: NOT_FOUND, not an internal error", async () => {
    const result = await api.gql(`{ node(id: "abc123") { id } }`);
    expect(refusal(result)).toEqual({ code: "NOT_FOUND", field: "id", reason: "id.unknown", params: { value: '"abc123"' } });
    const gone = await api.gql(`mutation { transitionGrant(id: "R3JhbnQ6bm9uZQ==", expectedVersion: 1, to: ACTIVE) { id } }`);
    expect(refusal(gone)).toEqual({ code: "NOT_FOUND", field: "id", reason: "grant.missing", params: {} });
  });

  it("a value a scalar cannot read: BAD_USER_INPUT at its field", async () => {
    const money = await api.gql(CREATE, { input: application({ amountApplied: "60 000 kr" }) });
    expect(refusal(money)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.amountApplied", reason: "money.invalid" });
    const date = await api.gql(CREATE, { input: application({ applicationDeadline: "2009-02-30" }) });
    expect(refusal(date)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.applicationDeadline" });
    const literal = await api.gql(`{ grants(where: { decisionDate: { gte: "1 mars" } }) { totalCount } }`);
    expect(literal.errors?.[0].extensions).toMatchObject({ reason: "date.invalid" });
  });

  it("a bad enum in the variables keeps graphql-js's code and gets the field and a reason", async () => {
    const created = await api.gql<{ createGrant: { id: string; version: number } }>(CREATE, { input: application() });
    const result = await api.gql(
      `mutation ($id: ID!, $to: GrantTransition!) { transitionGrant(id: $id, expectedVersion: 1, to: $to) { id } }`,
      {
        id: created.data?.createGrant.id,
        to: "SOMEWHERE",
      },
    );
    expect(result.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "to", reason: "value.invalid", params: {} });
  });

  it("what the viewer may not do: FORBIDDEN, worded", async () => {
    const result = await api.as({ roles: ["PROJECT_LEAD"], projectIds: [] }).gql(CREATE, { input: application() });
    expect(refusal(result)).toEqual({ code: "FORBIDDEN", reason: "auth.forbidden", params: {} });
  });
});
