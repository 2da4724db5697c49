import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, narrowNode } from "../../test/graphql";
import { type GqlResult, startTestApi, type TestApi } from "../../test/harness";

/**
 * Every change outside grants goes through a use case with an optimistic version and an audit
 * entry: budget years, contributions, partner roles, organisations, agreements, evaluations,
 * indicators and values. A stale version is refused and changes nothing.
 */
let api: TestApi;
let project: string;
let projectDbId: string;
let solna: string;
let haninge: string;

graphql(`fragment ChangeLogEntry on AuditEntry { entityType action field before after actor version }`);

const ok = <T>(res: GqlResult<T>): T => {
  expect(res.errors).toBeUndefined();
  return res.data as T;
};

const firstProject = async (text: string) =>
  ok(
    await api.gql(graphql(`query ChangeLogProject($text: String) { projects(where: { text: $text }) { edges { node { id } } } }`), {
      text,
    }),
  ).projects.edges[0].node.id;
const firstOrganisation = async (text: string) =>
  ok(
    await api.gql(
      graphql(`query ChangeLogOrganisation($text: String) { organisations(where: { text: $text }) { edges { node { id } } } }`),
      { text },
    ),
  ).organisations.edges[0].node.id;

const projectTrail = async () =>
  ok(
    await api.gql(
      narrowNode(
        graphql(`query ChangeLogProjectTrail($id: ID!) { node(id: $id) { ... on Project { auditEntries { ...ChangeLogEntry } } } }`),
      ),
      { id: project },
    ),
  ).node.auditEntries;

beforeAll(async () => {
  api = await startTestApi();
  project = await firstProject("relationsvald");
  projectDbId = Buffer.from(project, "base64").toString().split(":")[1];
  solna = await firstOrganisation("Solna stad");
  haninge = await firstOrganisation("Haninge kommun");
});
afterAll(() => api.close());

describe("budget years and co-financing", () => {
  it("records a new year, refuses a stale edit without changing anything, and records the accepted one", async () => {
    const SET = graphql(
      `mutation ChangeLogSetBudgetYear($p: ID!, $v: Int) { setBudgetYear(projectId: $p, input: { year: 2011, amount: "800000" }, expectedVersion: $v) { budgetYears { year amount version } } }`,
    );
    const created = ok(await api.gql(SET, { p: project }));
    expect(created.setBudgetYear.budgetYears.find((b) => b.year === 2011)).toMatchObject({ amount: "800000", version: 1 });

    const CHANGE = graphql(
      `mutation ChangeLogChangeBudgetYear($p: ID!, $v: Int, $a: Money!) { setBudgetYear(projectId: $p, input: { year: 2011, amount: $a }, expectedVersion: $v) { budgetYears { year amount version } } }`,
    );
    ok(await api.gql(CHANGE, { p: project, v: 1, a: "850000" }));
    const stale = await api.gql(CHANGE, { p: project, v: 1, a: "999999" });
    expect(stale.errors?.[0].extensions).toMatchObject({
      code: "CONFLICT",
      field: "expectedVersion",
      reason: "record.changedByOthers",
      params: { currentVersion: 2, expectedVersion: 1 },
    });
    expect(stale.errors?.[0].message).toMatch(/version 2, you had 1/);

    const trail = (await projectTrail()).filter((e) => e.entityType === "ProjectBudgetYear");
    expect(trail.find((e) => e.action === "created" && e.field === "amount")).toMatchObject({
      after: "800000",
      version: 1,
      actor: expect.any(String),
    });
    expect(trail.filter((e) => e.action === "updated")).toEqual([
      expect.objectContaining({ field: "amount", before: "800000", after: "850000", version: 2 }),
    ]);

    ok(
      await api.gql(
        graphql(`mutation ChangeLogDeleteBudgetYear($p: ID!) { deleteBudgetYear(projectId: $p, year: 2011, expectedVersion: 2) { id } }`),
        { p: project },
      ),
    );
    const deleted = (await projectTrail()).filter((e) => e.entityType === "ProjectBudgetYear" && e.action === "deleted");
    expect(deleted).toContainEqual(expect.objectContaining({ field: "amount", before: "850000", after: null, version: 3 }));
  });

  it("versions a contribution: the stale edit and the stale delete are refused, the current ones recorded", async () => {
    const add = ok(
      await api.gql(
        graphql(
          `mutation ChangeLogAddContribution($p: ID!, $o: ID!) { addContribution(projectId: $p, input: { organisationId: $o, year: 2011, kind: CASH, amount: "40000", status: PLEDGED }) { contributions { id year amount version } } }`,
        ),
        { p: project, o: solna },
      ),
    );
    const c = add.addContribution.contributions.find((x) => x.year === 2011 && x.amount === "40000") as { id: string; version: number };
    expect(c?.version).toBe(1);
    const UPDATE = graphql(
      `mutation ChangeLogUpdateContribution($id: ID!, $o: ID!, $v: Int) { updateContribution(id: $id, input: { organisationId: $o, year: 2011, kind: CASH, amount: "40000", status: COMMITTED }, expectedVersion: $v) { id } }`,
    );
    const DELETE = graphql(
      `mutation ChangeLogDeleteContribution($id: ID!, $v: Int) { deleteContribution(id: $id, expectedVersion: $v) { id } }`,
    );
    ok(await api.gql(UPDATE, { id: c?.id, o: solna, v: 1 }));
    expect((await api.gql(UPDATE, { id: c?.id, o: solna, v: 1 })).errors?.[0].extensions.code).toBe("CONFLICT");
    expect((await api.gql(DELETE, { id: c?.id, v: 1 })).errors?.[0].extensions.code).toBe("CONFLICT");
    const trail = (await projectTrail()).filter((e) => e.entityType === "Contribution");
    expect(trail).toContainEqual(
      expect.objectContaining({ action: "updated", field: "status", before: "PLEDGED", after: "COMMITTED", version: 2 }),
    );
    ok(await api.gql(DELETE, { id: c?.id, v: 2 }));
    expect((await projectTrail()).filter((e) => e.entityType === "Contribution" && e.action === "deleted")).not.toHaveLength(0);
  });

  it("keeps a partner role's addition and removal in the project's trail", async () => {
    const role = ok(
      await api.gql(
        graphql(
          `mutation ChangeLogAddPartnerRole($p: ID!, $o: ID!) { addPartnerRole(input: { projectId: $p, organisationId: $o, role: FUNDER, fromYear: 2011, toYear: 2012 }) { id version } }`,
        ),
        { p: project, o: haninge },
      ),
    ).addPartnerRole;
    expect(role.version).toBe(1);
    ok(
      await api.gql(graphql(`mutation ChangeLogDeletePartnerRole($id: ID!) { deletePartnerRole(id: $id, expectedVersion: 1) }`), {
        id: role.id,
      }),
    );
    const actions = (await projectTrail()).filter((e) => e.entityType === "PartnerRole").map((e) => e.action);
    expect(new Set(actions)).toEqual(new Set(["created", "deleted"]));
  });
});

describe("organisations, agreements and indicators keep their own trail", () => {
  it("versions an organisation and lists its changes", async () => {
    const created = ok(
      await api.gql(
        graphql(
          `mutation ChangeLogCreateOrganisation { createOrganisation(input: { name: "Kvinnojouren Test", kind: NGO, municipality: "Solna" }) { id version } }`,
        ),
      ),
    ).createOrganisation;
    const UPDATE = graphql(
      `mutation ChangeLogUpdateOrganisation($id: ID!, $v: Int) { updateOrganisation(id: $id, input: { name: "Kvinnojouren Test", kind: NGO, municipality: "Sundbyberg" }, expectedVersion: $v) { version auditEntries { ...ChangeLogEntry } } }`,
    );
    const updated = ok(await api.gql(UPDATE, { id: created.id, v: 1 }));
    expect(updated.updateOrganisation.version).toBe(2);
    expect(updated.updateOrganisation.auditEntries).toContainEqual(
      expect.objectContaining({ action: "updated", field: "municipality", before: "Solna", after: "Sundbyberg", version: 2 }),
    );
    const stale = await api.gql(UPDATE, { id: created.id, v: 1 });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: "CONFLICT" });
  });

  it("versions an agreement", async () => {
    const a = ok(
      await api.gql(
        graphql(
          `mutation ChangeLogCreateAgreement($a: ID!, $b: ID!) { createAgreement(input: { title: "Avtal om stöd", principalId: $a, counterpartyId: $b, followUpIntervalYears: 2 }) { id version } }`,
        ),
        { a: haninge, b: solna },
      ),
    ).createAgreement;
    const UPDATE = graphql(
      `mutation ChangeLogUpdateAgreement($id: ID!, $a: ID!, $b: ID!, $v: Int) { updateAgreement(id: $id, input: { title: "Avtal om stöd 2", principalId: $a, counterpartyId: $b }, expectedVersion: $v) { version auditEntries { ...ChangeLogEntry } } }`,
    );
    const u = ok(await api.gql(UPDATE, { id: a.id, a: haninge, b: solna, v: 1 }));
    expect(u.updateAgreement.auditEntries.map((e) => `${e.action}:${e.field}`)).toEqual(
      expect.arrayContaining(["created:title", "updated:title", "updated:followUpIntervalYears"]),
    );
    expect((await api.gql(UPDATE, { id: a.id, a: haninge, b: solna, v: 1 })).errors?.[0].extensions.code).toBe("CONFLICT");
  });

  it("hides a recorded count of people from those who may not see raw counts", async () => {
    const statistician = api.as({ roles: ["STATISTICIAN"] });
    const ind = ok(
      await statistician.gql(
        graphql(
          `mutation ChangeLogAddIndicator { addIndicator(input: { name: "Stödsamtal test", unit: "personer", countsPeople: true }) { id } }`,
        ),
      ),
    ).addIndicator;
    const ADD = graphql(
      `mutation ChangeLogAddObservation($i: ID!, $p: ID!) { addObservation(input: { indicatorId: $i, projectId: $p, periodStart: "2010-01-01", periodEnd: "2010-12-31", value: 3 }) { id version } }`,
    );
    const obs = ok(await statistician.gql(ADD, { i: ind.id, p: project })).addObservation;
    expect(obs.version).toBe(1);
    const TRAIL = graphql(
      `query ChangeLogObservationTrail($p: ID!) { auditEntries(where: { project: { equals: $p }, entityType: "Observation" }) { edges { node { field before after } } } }`,
    );
    const raw = ok(await statistician.gql(TRAIL, { p: project }));
    expect(raw.auditEntries.edges.map((e) => e.node)).toContainEqual(expect.objectContaining({ field: "value", after: "3" }));
    const analyst = ok(await api.as({ roles: ["ANALYST"] }).gql(TRAIL, { p: project }));
    const value = analyst.auditEntries.edges.map((e) => e.node).find((n) => n.field === "value");
    expect(value).toMatchObject({ before: null, after: null });
    // The same in the project's changes, where the indicator is named.
    type Changes = {
      node: { changes: { entityType: string; fields: { field: string; after: string | null; afterName: string | null }[] }[] };
    };
    const CHANGES = `query ($p: ID!) { node(id: $p) { ... on Project { changes { entityType fields { field after afterName } } } } }`;
    const observationOf = (c: Changes) => c.node.changes.filter((x) => x.entityType === "Observation").flatMap((x) => x.fields);
    const hidden = observationOf(ok(await api.as({ roles: ["ANALYST"] }).gql<Changes>(CHANGES, { p: project })));
    expect(hidden).toContainEqual({ field: "value", after: null, afterName: null });
    expect(hidden).toContainEqual(expect.objectContaining({ field: "indicatorId", afterName: "Stödsamtal test" }));
    expect(observationOf(ok(await statistician.gql<Changes>(CHANGES, { p: project })))).toContainEqual({
      field: "value",
      after: "3",
      afterName: null,
    });
  });
});

describe("evaluations and their answers", () => {
  it("raises a follow-up's version with each answer and refuses an answer to what has changed since", async () => {
    const created = ok(
      await api.gql(
        graphql(
          `mutation ChangeLogAddEvaluation($p: ID!) { addEvaluation(input: { kind: FOLLOW_UP, title: "Uppföljning test", projectId: $p, replyDueDate: "2011-03-01" }) { id version } }`,
        ),
        { p: project },
      ),
    ).addEvaluation;
    const UPDATE = graphql(
      `mutation ChangeLogUpdateEvaluation($id: ID!, $p: ID!, $v: Int) { updateEvaluation(id: $id, input: { kind: FOLLOW_UP, title: "Uppföljning test 2", projectId: $p }, expectedVersion: $v) { version } }`,
    );
    expect(ok(await api.gql(UPDATE, { id: created.id, p: project, v: 1 })).updateEvaluation.version).toBe(2);
    expect((await api.gql(UPDATE, { id: created.id, p: project, v: 1 })).errors?.[0].extensions.code).toBe("CONFLICT");
    const trail = (await projectTrail()).filter((e) => e.entityType === "Evaluation");
    expect(trail).toContainEqual(
      expect.objectContaining({ action: "updated", field: "title", before: "Uppföljning test", after: "Uppföljning test 2" }),
    );
    // A question that the follow-up does not have: NOT_FOUND, and the version stays.
    const none = await api.gql(
      graphql(
        `mutation ChangeLogAnswerMissingQuestion($id: ID!) { answerQuestion(evaluationId: $id, position: 1, answer: "Ja", expectedVersion: 2) { id } }`,
      ),
      {
        id: created.id,
      },
    );
    expect(none.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "position" });
  });
});

describe("who sees which trail", () => {
  it("shows a project lead the trail of their own project only", async () => {
    const own = api.as({ roles: ["PROJECT_LEAD"], projectIds: [projectDbId] });
    const mine = await own.gql(
      narrowNode(graphql(`query ChangeLogOwnTrail($id: ID!) { node(id: $id) { ... on Project { auditEntries { action } } } }`)),
      { id: project },
    );
    expect(mine.errors).toBeUndefined();
    expect(mine.data?.node.auditEntries.length).toBeGreaterThan(0);
    const other = api.as({ roles: ["PROJECT_LEAD"], projectIds: [] });
    const list = ok(await other.gql(graphql(`query ChangeLogVisibleTrail { auditEntries(first: 100) { edges { node { entityType } } } }`)));
    // Only organisations and indicators, which everyone logged in reads.
    expect(new Set(list.auditEntries.edges.map((e) => e.node.entityType))).toEqual(new Set(["Organisation", "Indicator"]));
  });
});
