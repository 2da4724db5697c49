import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LifecycleGrantFragment as G } from "../../test/generated/graphql";
import { graphql, narrowNode } from "../../test/graphql";
import { startTestApi, type TestApi } from "../../test/harness";

let api: TestApi;
let anna: ReturnType<TestApi["as"]>;

graphql(`
  fragment LifecycleGrant on Grant {
    id version status amountApplied amountGranted conditions { id status blocksPayment } reportRequirements { id status } disbursements { id amount status }
  }
`);
const CREATE_GRANT = graphql(
  `mutation LifecycleCreateGrant($input: GrantApplicationInput!) { createGrant(input: $input) { ...LifecycleGrant } }`,
);
const SUBMIT_GRANT = graphql(
  `mutation LifecycleSubmitGrant($id: ID!, $expectedVersion: Int!, $submittedDate: Date) { submitGrant(id: $id, expectedVersion: $expectedVersion, submittedDate: $submittedDate) { ...LifecycleGrant } }`,
);
const UPDATE_GRANT = graphql(
  `mutation LifecycleUpdateGrant($id: ID!, $expectedVersion: Int!, $input: GrantApplicationInput!) { updateGrant(id: $id, expectedVersion: $expectedVersion, input: $input) { ...LifecycleGrant } }`,
);
const DECIDE_GRANT = graphql(
  `mutation LifecycleDecideGrant($id: ID!, $expectedVersion: Int!, $input: DecisionInput!) { decideGrant(id: $id, expectedVersion: $expectedVersion, input: $input) { ...LifecycleGrant } }`,
);
const ADD_CONDITION = graphql(
  `mutation LifecycleAddCondition($grantId: ID!, $expectedVersion: Int!, $input: ConditionInput!) { addCondition(grantId: $grantId, expectedVersion: $expectedVersion, input: $input) { ...LifecycleGrant } }`,
);
const ADD_DISBURSEMENT = graphql(
  `mutation LifecycleAddDisbursement($grantId: ID!, $expectedVersion: Int!, $input: DisbursementInput!) { addDisbursement(grantId: $grantId, expectedVersion: $expectedVersion, input: $input) { ...LifecycleGrant } }`,
);
const UPDATE_DISBURSEMENT = graphql(
  `mutation LifecycleUpdateDisbursement($id: ID!, $expectedVersion: Int!, $input: DisbursementInput!) { updateDisbursement(id: $id, expectedVersion: $expectedVersion, input: $input) { ...LifecycleGrant } }`,
);
const RESOLVE_CONDITION = graphql(
  `mutation LifecycleResolveCondition($id: ID!, $expectedVersion: Int!, $input: ConditionResolutionInput!) { resolveCondition(id: $id, expectedVersion: $expectedVersion, input: $input) { ...LifecycleGrant } }`,
);
const TRANSITION_GRANT = graphql(
  `mutation LifecycleTransitionGrant($id: ID!, $expectedVersion: Int!, $to: GrantTransition!) { transitionGrant(id: $id, expectedVersion: $expectedVersion, to: $to) { ...LifecycleGrant } }`,
);
const ADD_REPORT_REQUIREMENT = graphql(
  `mutation LifecycleAddReportRequirement($grantId: ID!, $expectedVersion: Int!, $input: ReportRequirementInput!) { addReportRequirement(grantId: $grantId, expectedVersion: $expectedVersion, input: $input) { ...LifecycleGrant } }`,
);

let lst: string;
let saf: string;

beforeAll(async () => {
  api = await startTestApi();
  anna = api.as({ roles: ["CASE_OFFICER"], name: "Anna Handläggare" });
  const orgs = await api.gql(graphql(`query LifecycleOrganisations { organisations(first: 100) { edges { node { id name } } } }`));
  const byName = (n: string) => orgs.data?.organisations.edges.find((e) => e.node.name === n)?.node.id as string;
  lst = byName("Länsstyrelsen i Stockholms län");
  saf = byName("Socialtjänst- och arbetsmarknadsförvaltningen");
});
afterAll(() => api.close());

const get = async (id: string) =>
  (
    await api.gql(narrowNode(graphql(`query LifecycleGrantById($id: ID!) { node(id: $id) { ... on Grant { ...LifecycleGrant } } }`)), {
      id,
    })
  ).data?.node as G;
const count = async () => (await api.gql(graphql(`query LifecycleGrantCount { grants { totalCount } }`))).data?.grants.totalCount;

const application = () => ({
  title: "Implementeringsår 2010 – Relationsvåldscentrum (test)",
  funderId: lst,
  applicantId: saf,
  recipientId: saf,
  amountApplied: "900000",
  periodStartYear: 2010,
  periodEndYear: 2010,
  yearAmounts: [{ year: 2010, amountApplied: "900000" }],
});

async function createSubmitted(): Promise<G> {
  const created = await anna.gql(CREATE_GRANT, { input: application() });
  expect(created.errors).toBeUndefined();
  const g = created.data?.createGrant as G;
  const submitted = await anna.gql(SUBMIT_GRANT, {
    id: g.id,
    expectedVersion: g.version,
    submittedDate: "2009-06-15",
  });
  return submitted.data?.submitGrant as G;
}

describe("applications", () => {
  it("creates a draft with its split and refuses bad input naming the field, storing nothing", async () => {
    const before = await count();
    const res = await anna.gql(CREATE_GRANT, { input: { ...application(), title: " ", yearAmounts: [] } });
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.title" });
    const split = await anna.gql(CREATE_GRANT, {
      input: { ...application(), yearAmounts: [{ year: 2010, amountApplied: "1" }] },
    });
    expect(split.errors?.[0].extensions.field).toBe("input.yearAmounts");
    const money = await anna.gql(CREATE_GRANT, {
      input: { ...application(), amountApplied: "nio hundra tusen" },
    });
    expect(money.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.amountApplied" });
    const wrongId = await anna.gql(CREATE_GRANT, { input: { ...application(), funderId: "bogus" } });
    expect(wrongId.errors?.[0].extensions.field).toBe("input.funderId");
    expect(await count()).toBe(before);

    const ok = await anna.gql(CREATE_GRANT, { input: application() });
    expect(ok.data?.createGrant).toMatchObject({ status: "DRAFT", version: 1, amountApplied: "900000" });
    expect(await count()).toBe((before ?? 0) + 1);
  });

  it("refuses a save over a newer version with CONFLICT and keeps the newer data", async () => {
    const g = (await anna.gql(CREATE_GRANT, { input: application() })).data?.createGrant as G;
    const first = await anna.gql(UPDATE_GRANT, {
      id: g.id,
      expectedVersion: 1,
      input: { ...application(), amountApplied: "800000", yearAmounts: [{ year: 2010, amountApplied: "800000" }] },
    });
    expect(first.data?.updateGrant).toMatchObject({ version: 2, amountApplied: "800000" });
    const stale = await anna.gql(UPDATE_GRANT, {
      id: g.id,
      expectedVersion: 1,
      input: { ...application(), amountApplied: "700000", yearAmounts: [] },
    });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", field: "expectedVersion" });
    expect(await get(g.id)).toMatchObject({ version: 2, amountApplied: "800000" });
  });
});

describe("decision, conditions, payments, reports", () => {
  it("takes a grant from application to closure, refusing every illegal step without changing anything", async () => {
    const draft = (await anna.gql(CREATE_GRANT, { input: application() })).data?.createGrant as G;
    const early = await anna.gql(DECIDE_GRANT, {
      id: draft.id,
      expectedVersion: draft.version,
      input: { outcome: "GRANTED", amountGranted: "900000", decisionDate: "2009-09-10" },
    });
    expect(early.errors?.[0].extensions.code).toBe("CONFLICT");
    expect(await get(draft.id)).toMatchObject({ status: "DRAFT", version: draft.version });

    const g = await createSubmitted();
    expect(g.status).toBe("SUBMITTED");
    const tooMuch = await anna.gql(DECIDE_GRANT, {
      id: g.id,
      expectedVersion: g.version,
      input: { outcome: "GRANTED", amountGranted: "950000", decisionDate: "2009-09-10" },
    });
    expect(tooMuch.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.amountGranted" });
    const badDate = await anna.gql(DECIDE_GRANT, {
      id: g.id,
      expectedVersion: g.version,
      input: { outcome: "GRANTED", amountGranted: "900000", decisionDate: "10/9" },
    });
    expect(badDate.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.decisionDate" });
    expect(await get(g.id)).toMatchObject({ status: "SUBMITTED", amountGranted: null, version: g.version });

    const decided = (
      await anna.gql(DECIDE_GRANT, {
        id: g.id,
        expectedVersion: g.version,
        input: {
          outcome: "PARTIALLY_GRANTED",
          amountGranted: "500000",
          decisionDate: "2009-09-10",
          funderReference: "Lst 851-09-1234",
          decisionText: "500 000 kr under förutsättning att …",
        },
      })
    ).data?.decideGrant as G;
    expect(decided).toMatchObject({ status: "PARTIALLY_GRANTED", amountApplied: "900000", amountGranted: "500000" });

    const withCondition = (
      await anna.gql(ADD_CONDITION, {
        grantId: g.id,
        expectedVersion: decided.version,
        input: { text: "Samverkanspartners redovisar långsiktig finansiering", dueDate: "2009-12-01", blocksPayment: true },
      })
    ).data?.addCondition as G;
    const condition = withCondition.conditions[0];

    const over = await anna.gql(ADD_DISBURSEMENT, {
      grantId: g.id,
      expectedVersion: withCondition.version,
      input: { amount: "500001", plannedDate: "2010-01-15" },
    });
    expect(over.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.amount",
      reason: "disbursement.exceedsGranted",
    });
    const paidTooEarly = await anna.gql(ADD_DISBURSEMENT, {
      grantId: g.id,
      expectedVersion: withCondition.version,
      input: { amount: "500000", paidDate: "2010-01-15", status: "PAID" },
    });
    expect(paidTooEarly.errors?.[0].extensions.code).toBe("CONFLICT");
    expect(paidTooEarly.errors?.[0].extensions).toMatchObject({ reason: "disbursement.blockedByCondition", field: "status" });
    expect((await get(g.id)).disbursements).toEqual([]);

    const planned = (
      await anna.gql(ADD_DISBURSEMENT, {
        grantId: g.id,
        expectedVersion: withCondition.version,
        input: { amount: "500000", plannedDate: "2010-01-15" },
      })
    ).data?.addDisbursement as G;
    const markPaid = (v: number) =>
      anna.gql(UPDATE_DISBURSEMENT, {
        id: planned.disbursements[0].id,
        expectedVersion: v,
        input: { amount: "500000", plannedDate: "2010-01-15", paidDate: "2010-01-20", status: "PAID" },
      });
    expect((await markPaid(planned.version)).errors?.[0].extensions.code).toBe("CONFLICT");

    const resolved = (
      await anna.gql(RESOLVE_CONDITION, {
        id: condition.id,
        expectedVersion: planned.version,
        input: { status: "FULFILLED", resolvedDate: "2009-11-20", resolvedBy: "Anna Handläggare", evidence: "Protokoll från styrgruppen" },
      })
    ).data?.resolveCondition as G;
    expect(resolved.conditions[0].status).toBe("FULFILLED");
    const paid = (await markPaid(resolved.version)).data?.updateDisbursement as G;
    expect(paid.disbursements[0].status).toBe("PAID");

    const active = (
      await anna.gql(TRANSITION_GRANT, {
        id: g.id,
        expectedVersion: paid.version,
        to: "ACTIVE",
      })
    ).data?.transitionGrant as G;
    const noFinal = await anna.gql(TRANSITION_GRANT, {
      id: g.id,
      expectedVersion: active.version,
      to: "REPORTED",
    });
    expect(noFinal.errors?.[0].extensions.code).toBe("CONFLICT");
    const withReport = (
      await anna.gql(ADD_REPORT_REQUIREMENT, {
        grantId: g.id,
        expectedVersion: active.version,
        input: { kind: "FINAL", title: "Slutrapport 2010", dueDate: "2011-03-01", status: "RECEIVED", receivedDate: "2011-02-20" },
      })
    ).data?.addReportRequirement as G;
    const reported = (
      await anna.gql(TRANSITION_GRANT, {
        id: g.id,
        expectedVersion: withReport.version,
        to: "REPORTED",
      })
    ).data?.transitionGrant as G;
    const closed = (
      await anna.gql(TRANSITION_GRANT, {
        id: g.id,
        expectedVersion: reported.version,
        to: "CLOSED",
      })
    ).data?.transitionGrant as G;
    expect(closed.status).toBe("CLOSED");
    const reopen = await anna.gql(TRANSITION_GRANT, {
      id: g.id,
      expectedVersion: closed.version,
      to: "ACTIVE",
    });
    expect(reopen.errors?.[0].extensions.code).toBe("CONFLICT");

    const history = await api.gql(
      narrowNode(
        graphql(
          `query LifecycleHistory($id: ID!) { node(id: $id) { ... on Grant { auditEntries { action field before after actor } timeline { kind date } } } }`,
        ),
      ),
      { id: g.id },
    );
    const audit = history.data?.node.auditEntries ?? [];
    expect(audit.find((a) => a.action === "decided" && a.field === "status")).toMatchObject({
      before: "SUBMITTED",
      after: "PARTIALLY_GRANTED",
      actor: "Anna Handläggare",
    });
    expect(audit.find((a) => a.action === "decided" && a.field === "amountGranted")).toMatchObject({ before: null, after: "500000" });
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(["created", "submitted", "decided", "fulfilled", "planned", "paid", "active", "reported", "closed"]),
    );
    const kinds = history.data?.node.timeline.filter((e) => e.kind !== "CHANGE").map((e) => e.kind);
    expect(kinds).toEqual(["SUBMITTED", "DECIDED", "CONDITION_RESOLVED", "CONDITION_DUE", "PAYMENT_PAID", "REPORT_RECEIVED", "REPORT_DUE"]);
  });
});

describe("attention, programme overview and search", () => {
  it("lists what needs attention on a given day", async () => {
    const res = await api.gql(
      graphql(
        `query LifecycleAttention { attention(today: "2009-02-15", first: 500) { edges { node { kind grantTitle dueDate daysLeft } } } }`,
      ),
    );
    const items = res.data?.attention.edges.map((e) => e.node);
    const qJouren = items?.filter((a) => a.grantTitle === "Stöd till RFHL Stockholms projekt Q-jouren");
    expect(qJouren?.map((a) => [a.kind, a.dueDate, a.daysLeft])).toEqual([
      ["CONDITION_DUE", "2009-03-01", 14],
      ["REPORT_DUE", "2009-03-01", 14],
      ["NOT_FULLY_DISBURSED", null, null],
    ]);
    expect(items?.some((a) => a.kind === "PENDING_DECISION" && a.grantTitle.startsWith("Utvecklingsmedel för pilotprojekt"))).toBe(true);
    const later = await api.gql(
      graphql(`query LifecycleAttentionLater { attention(today: "2010-01-01", first: 500) { edges { node { kind grantTitle } } } }`),
    );
    expect(
      later.data?.attention.edges.find(({ node: a }) => a.grantTitle === "Stöd till RFHL Stockholms projekt Q-jouren")?.node.kind,
    ).toBe("CONDITION_OVERDUE");
    const bad = await api.gql(graphql(`query LifecycleAttentionTooFar { attention(horizonDays: 1000) { totalCount } }`));
    expect(bad.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "horizonDays" });
  });

  it("sets the county allocation against applied and granted per year", async () => {
    const res = await api.gql(
      graphql(
        `query LifecycleProgrammeOverview { programmeOverview { programmeName year nationalAllocation countyAllocation applied granted } }`,
      ),
    );
    const rows = res.data?.programmeOverview.filter((r) => r.programmeName.startsWith("Utvecklingsmedel till kvinnojoursverksamhet"));
    expect(rows).toEqual([
      {
        programmeName: "Utvecklingsmedel till kvinnojoursverksamhet 2007–2008",
        year: 2007,
        nationalAllocation: "109000000",
        countyAllocation: "21000000",
        applied: "0",
        granted: "0",
      },
      {
        programmeName: "Utvecklingsmedel till kvinnojoursverksamhet 2007–2008",
        year: 2008,
        nationalAllocation: "109000000",
        countyAllocation: "21000000",
        applied: "100000",
        granted: "2200000",
      },
    ]);
  });

  it("searches ignoring case and diacritics", async () => {
    const res = await api.gql(
      graphql(`query LifecycleSearch { search(text: "hasselby") { organisations { name } grants { title } projects { name } } }`),
    );
    expect(res.data?.search.organisations.map((o) => o.name)).toContain("Hässelby-Vällingby stadsdelsnämnd");
    expect(res.data?.search.grants.map((g) => g.title)).toContain(
      "Utvecklingsmedel för pilotprojekt med samtalsgrupper för våldsutsatta kvinnor över 18 år",
    );
    const vald = await api.gql(graphql(`query LifecycleSearchCapitals { search(text: "VALD") { projects { name } } }`));
    expect(vald.data?.search.projects.map((p) => p.name)).toEqual(
      expect.arrayContaining(["NEJ till VÅLD mot kvinnor och barn", "Relationsvåldscentrum"]),
    );
    const list = await api.gql(graphql(`query LifecycleGrantText { grants(where: { text: "vallingby" }) { totalCount } }`));
    expect(list.data?.grants.totalCount).toBe(1);
    const short = await api.gql(graphql(`query LifecycleSearchShort { search(text: "a") { grants { id } } }`));
    expect(short.errors?.[0].extensions.field).toBe("text");
  });
});
