import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ObservationInput, PartnerRoleInput } from "../../test/generated/graphql";
import { graphql, narrowNode } from "../../test/graphql";
import { startTestApi, type TestApi } from "../../test/harness";

const OBSERVATIONS = graphql(
  `query StatisticsObservations($org: ID!) { observations(first: 100, where: { organisation: { equals: $org } }) { edges { node { breakdown value displayValue suppressed suppressionReason indicator { name } } } } }`,
);
const ADD_OBSERVATION = graphql(`mutation StatisticsAddObservation($input: ObservationInput!) { addObservation(input: $input) { id } }`);
const INDICATOR = graphql(`query StatisticsIndicator { indicators(where: { text: "Kvinnor som kontaktat" }) { edges { node { id } } } }`);

async function haninge(api: TestApi) {
  const res = await api.gql(
    graphql(`query StatisticsHaninge { organisations(where: { text: "Haninge Kvinnojour" }) { edges { node { id } } } }`),
  );
  return res.data?.organisations.edges[0].node.id as string;
}
async function haningeProject(api: TestApi) {
  const res = await api.gql(
    graphql(`query StatisticsHaningeProject { projects(where: { text: "Haninge Kvinnojours verksamhet" }) { edges { node { id } } } }`),
  );
  return res.data?.projects.edges[0].node.id as string;
}
async function contacts(api: TestApi, headers: Record<string, string> = {}) {
  const res = await api.gql(OBSERVATIONS, { org: await haninge(api) }, headers);
  const rows = res.data?.observations.edges.map((e) => e.node).filter((o) => o.indicator.name.startsWith("Kvinnor som kontaktat")) ?? [];
  return rows.sort((a, b) => (a.breakdown ?? "").localeCompare(b.breakdown ?? ""));
}

describe("small-count protection in the API", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it("shows Haninge's 143 and 138 at threshold 5 (the 5 non-residents are not a small count)", async () => {
    const rows = await contacts(api);
    expect(rows.map((o) => [o.breakdown, o.value, o.suppressed])).toEqual([
      [null, "143", false],
      ["Bosatta i Haninge kommun", "138", false],
    ]);
  });

  it("hides a new count of 3 as <5, and a second cell that would give it away; raw figures only for a statistician", async () => {
    const indicator = await api.gql(INDICATOR);
    const org = await haninge(api);
    const add = (breakdown: string | null, value: number) =>
      api.gql(ADD_OBSERVATION, {
        input: {
          indicatorId: indicator.data?.indicators.edges[0].node.id as string,
          organisationId: org,
          periodStart: "2019-01-01",
          periodEnd: "2019-12-31",
          breakdown,
          value,
        },
      });
    expect((await add(null, 20)).errors).toBeUndefined();
    expect((await add("Bosatta i Haninge kommun", 17)).errors).toBeUndefined();
    const shown = (await contacts(api)).filter((o) => o.value !== "143" && o.value !== "138");
    // 20 − 17 = 3 people outside Haninge: the breakdown must go too.
    expect(shown.map((o) => [o.breakdown, o.value, o.displayValue, o.suppressionReason])).toEqual([
      [null, "20", "20", null],
      ["Bosatta i Haninge kommun", null, "<5", "SECONDARY"],
    ]);
    const raw = (await contacts(api, await api.headersFor({ roles: ["STATISTICIAN"] }))).find(
      (o) => o.breakdown && o.displayValue !== "138",
    );
    expect(raw).toMatchObject({ value: "17", suppressed: false });
    const analyst = (await contacts(api, await api.headersFor({ roles: ["ANALYST"] }))).find(
      (o) => o.breakdown && o.displayValue !== "138",
    );
    expect(analyst).toMatchObject({ value: null, displayValue: "<5" });
  });

  it("offers no sorting or filtering on values that could reveal a protected count", async () => {
    const res = await api.gql(`{ observations(orderBy: [{ field: VALUE }]) { totalCount } }`);
    expect(res.errors?.[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});

const INDICATOR_COUNTS = graphql(
  `query StatisticsIndicatorCounts { indicators(first: 100) { edges { node { name observationCount observations { id } } } } }`,
);

describe("how many values an indicator has", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it("counts in the database the values the viewer may read: all for an analyst, those of their own projects for a lead", async () => {
    const counts = async (send: TestApi["gql"]) => {
      const res = await send(INDICATOR_COUNTS);
      expect(res.errors).toBeUndefined();
      return (res.data?.indicators.edges ?? []).map(({ node }) => [node.name, node.observationCount, node.observations.length]);
    };
    const all = await counts(api.as({ roles: ["ANALYST"] }).gql);
    expect(all.some(([, n]) => (n as number) > 0)).toBe(true);
    for (const [name, count, listed] of all) expect([name, count]).toEqual([name, listed]);
    const project = Buffer.from(await haningeProject(api), "base64")
      .toString()
      .replace("Project:", "");
    const lead = await counts(api.as({ roles: ["PROJECT_LEAD"], projectIds: [project] }).gql);
    for (const [name, count, listed] of lead) expect([name, count]).toEqual([name, listed]);
    const total = (rows: unknown[][]) => rows.reduce((n, [, c]) => n + (c as number), 0);
    expect(total(lead)).toBeGreaterThan(0);
    expect(total(lead)).toBeLessThan(total(all));
  });
});

describe("with a threshold of 6", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ smallCountThreshold: 6 });
  });
  afterAll(() => api.close());

  it("hides the 138 residents, because 143 − 138 = 5 non-residents would be a small count", async () => {
    expect((await contacts(api)).map((o) => [o.breakdown, o.displayValue, o.suppressionReason])).toEqual([
      [null, "143", null],
      ["Bosatta i Haninge kommun", "<6", "SECONDARY"],
    ]);
  });
});

describe("observations, organisations, follow-ups", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it("refuses impossible observations and stores nothing", async () => {
    const indicator = await api.gql(INDICATOR);
    const org = await haninge(api);
    // The project's figures for 2018 (143 women, 138 residents): same project, same group.
    const project = await haningeProject(api);
    const count = async () =>
      (await api.gql(graphql(`query StatisticsObservationCount { observations { totalCount } }`))).data?.observations.totalCount;
    const before = await count();
    const add = (over: Partial<ObservationInput>) =>
      api.gql(ADD_OBSERVATION, {
        input: {
          indicatorId: indicator.data?.indicators.edges[0].node.id as string,
          organisationId: org,
          projectId: project,
          periodStart: "2018-01-01",
          periodEnd: "2018-12-31",
          breakdown: "Utanför Haninge",
          value: 5,
          ...over,
        },
      });
    expect((await add({ value: -1 })).errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.value" });
    expect((await add({ value: 150 })).errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.value" });
    expect((await add({ value: 2.5 })).errors?.[0].extensions.field).toBe("input.value");
    expect(
      (await add({ breakdown: null, periodStart: "2018-06-01", periodEnd: "2019-05-31", value: 150 })).errors?.[0].extensions,
    ).toMatchObject({ code: "CONFLICT" });
    expect((await add({ periodEnd: "2017-12-31" })).errors?.[0].extensions.field).toBe("input.periodEnd");
    expect(await count()).toBe(before);
    expect((await add({})).errors).toBeUndefined();
    expect(await count()).toBe((before ?? 0) + 1);
  });

  it("checks the organisationsnummer's check digit and refuses a parent loop", async () => {
    const CREATE = graphql(
      `mutation StatisticsCreateOrganisation($input: OrganisationInput!) { createOrganisation(input: $input) { id organisationNumber } }`,
    );
    const bad = await api.gql(CREATE, { input: { name: "Testjouren", kind: "NGO", organisationNumber: "802015-1561" } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.organisationNumber" });
    const ok = await api.gql(CREATE, {
      input: { name: "Testjouren", kind: "NGO", organisationNumber: "8020151562" },
    });
    expect(ok.data?.createOrganisation.organisationNumber).toBe("802015-1562");
    const dup = await api.gql(CREATE, { input: { name: "Annan", kind: "NGO", organisationNumber: "802015-1562" } });
    expect(dup.errors?.[0].extensions.code).toBe("CONFLICT");
    const id = ok.data?.createOrganisation.id as string;
    const child = await api.gql(CREATE, {
      input: { name: "Tjejjouren", kind: "NGO", parentId: id },
    });
    const loop = await api.gql(
      graphql(
        `mutation StatisticsUpdateOrganisation($id: ID!, $input: OrganisationInput!) { updateOrganisation(id: $id, input: $input) { id } }`,
      ),
      {
        id,
        input: { name: "Testjouren", kind: "NGO", parentId: child.data?.createOrganisation.id },
      },
    );
    expect(loop.errors?.[0].extensions.field).toBe("input.parentId");
  });

  it("computes the next follow-up (§ 12, every four years) and lists it among the project's dates", async () => {
    const res = await api.gql(
      graphql(
        `query StatisticsFollowUp { agreements { edges { node { followUpClause nextFollowUpDue evaluations { answers { position answer question { id } } } } } } }`,
      ),
    );
    const a = res.data?.agreements.edges[0].node;
    expect(a?.nextFollowUpDue).toBe("2023-03-01");
    expect(a?.evaluations[0].answers.find((x) => x.position === 8)?.answer).toContain("Vardagar mellan 10.00–15.00");
    const p = await api.gql(
      graphql(
        `query StatisticsDeadlines { projects(where: { text: "Haninge Kvinnojours verksamhet" }) { edges { node { deadlines(from: "2022-01-01") { date kind title } } } } }`,
      ),
    );
    expect(p.data?.projects.edges[0].node.deadlines).toContainEqual({
      date: "2023-03-01",
      kind: "FOLLOW_UP",
      title: "Nästa uppföljning: Socialnämndens avtal med Haninge Kvinnojour",
    });
  });

  it("asks the same questions again in a new follow-up, and compares the answers", async () => {
    const a = await api.gql(
      graphql(`query StatisticsQuestions { agreements { edges { node { id evaluations { answers { question { id } } } } } } }`),
    );
    const agreement = a.data?.agreements.edges[0].node;
    const questionIds = agreement?.evaluations[0].answers.map((x) => x.question.id);
    const created = await api.gql(
      graphql(`mutation StatisticsAddFollowUp($input: EvaluationInput!) { addEvaluation(input: $input) { id answers { position } } }`),
      { input: { kind: "FOLLOW_UP", title: "Uppföljning 2023", agreementId: agreement?.id, replyDueDate: "2023-03-01", questionIds } },
    );
    expect(created.data?.addEvaluation.answers).toHaveLength(13);
    await api.gql(
      graphql(
        `mutation StatisticsAnswer($id: ID!) { answerQuestion(evaluationId: $id, position: 8, answer: "Vardagar 09.00–16.00", receivedDate: "2023-02-20") { id } }`,
      ),
      { id: created.data?.addEvaluation.id as string },
    );
    const compare = await api.gql(
      narrowNode(
        graphql(
          `query StatisticsCompareAnswers($id: ID!) { node(id: $id) { ... on QuestionTemplate { text answers { answer evaluation { title } } } } }`,
        ),
      ),
      { id: questionIds?.[7] as string },
    );
    expect(compare.data?.node.answers.map((x) => x.answer)).toEqual([
      "Vardagar mellan 10.00–15.00, övrig tid telefonsvarare.",
      "Vardagar 09.00–16.00",
    ]);
    const bad = await api.gql(graphql(`mutation StatisticsAddPlanned($input: EvaluationInput!) { addEvaluation(input: $input) { id } }`), {
      input: { kind: "PLANNED", title: "Utvärdering", agreementId: agreement?.id },
    });
    expect(bad.errors?.[0].extensions.field).toBe("input.dueDate");
  });
});

describe("editing agreements, evaluations, indicators and values", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it("edits the agreement's follow-up interval, and the next follow-up moves with it", async () => {
    const a = await api.gql(
      graphql(`query StatisticsAgreement { agreements { edges { node { id title principal { id } counterparty { id } } } } }`),
    );
    const agreement = a.data!.agreements.edges[0].node;
    const UPDATE = graphql(
      `mutation StatisticsUpdateAgreement($id: ID!, $input: AgreementInput!) { updateAgreement(id: $id, input: $input) { followUpIntervalYears nextFollowUpDue } }`,
    );
    const input = {
      title: agreement?.title,
      principalId: agreement?.principal.id,
      counterpartyId: agreement?.counterparty.id,
      followUpClause: "§ 12",
      followUpIntervalYears: 3,
    };
    const bad = await api.gql(UPDATE, { id: agreement?.id, input: { ...input, followUpIntervalYears: 40 } });
    expect(bad.errors?.[0].extensions.field).toBe("input.followUpIntervalYears");
    const same = await api.gql(UPDATE, { id: agreement?.id, input: { ...input, counterpartyId: agreement?.principal.id } });
    expect(same.errors?.[0].extensions.field).toBe("input.counterpartyId");
    const ok = await api.gql(UPDATE, { id: agreement?.id, input });
    expect(ok.data?.updateAgreement.nextFollowUpDue).toBe("2022-03-01");
  });

  it("records when a follow-up's reply came in", async () => {
    const e = await api.gql(
      graphql(
        `query StatisticsFollowUps { evaluations(where: { kind: { equals: FOLLOW_UP } }) { edges { node { id title agreement { id } } } } }`,
      ),
    );
    const f = e.data!.evaluations.edges[0].node;
    const res = await api.gql(
      graphql(
        `mutation StatisticsReceived($id: ID!, $input: EvaluationInput!) { updateEvaluation(id: $id, input: $input) { receivedDate replyDueDate } }`,
      ),
      {
        id: f?.id,
        input: {
          kind: "FOLLOW_UP",
          title: f?.title,
          agreementId: f?.agreement?.id,
          replyDueDate: "2019-03-01",
          receivedDate: "2019-02-27",
        },
      },
    );
    expect(res.data?.updateEvaluation).toEqual({ receivedDate: "2019-02-27", replyDueDate: "2019-03-01" });
  });

  it("adds an indicator, and changes and removes a value", async () => {
    const ADD = graphql(
      `mutation StatisticsAddIndicator($input: IndicatorInput!) { addIndicator(input: $input) { id name countsPeople } }`,
    );
    expect((await api.gql(ADD, { input: { name: "", unit: "personer", countsPeople: true } })).errors?.[0].extensions.field).toBe(
      "input.name",
    );
    const ind = await api.gql(ADD, {
      input: { name: "Barn i skyddat boende", unit: "barn", countsPeople: true },
    });
    const indicatorId = ind.data?.addIndicator.id as string;
    const obs = await api.gql(ADD_OBSERVATION, {
      input: { indicatorId, periodStart: "2020-01-01", periodEnd: "2020-12-31", value: 12 },
    });
    const id = obs.data?.addObservation.id as string;
    const upd = await api.gql(
      graphql(
        `mutation StatisticsUpdateObservation($id: ID!, $input: ObservationInput!) { updateObservation(id: $id, input: $input) { value } }`,
      ),
      {
        id,
        input: { indicatorId, periodStart: "2020-01-01", periodEnd: "2020-12-31", value: 14 },
      },
    );
    expect(upd.data?.updateObservation.value).toBe("14");
    const DELETE = graphql(`mutation StatisticsDeleteObservation($id: ID!) { deleteObservation(id: $id) }`);
    expect((await api.gql(DELETE, { id })).data?.deleteObservation).toBe(true);
    expect((await api.gql(DELETE, { id })).errors?.[0].extensions.code).toBe("NOT_FOUND");
  });
});

describe("partner roles", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it("adds a role with its years, refuses impossible years, and removes it", async () => {
    const ids = await api.gql(
      graphql(
        `query StatisticsRoleIds { projects(where: { text: "q-jouren" }) { edges { node { id } } } organisations(where: { text: "ROKS" }) { edges { node { id } } } }`,
      ),
    );
    const input: PartnerRoleInput = {
      projectId: ids.data?.projects.edges[0].node.id as string,
      organisationId: ids.data?.organisations.edges[0].node.id as string,
      role: "REFERENCE_GROUP",
      fromYear: 2010,
      toYear: 2009,
    };
    const ADD = graphql(
      `mutation StatisticsAddRole($input: PartnerRoleInput!) { addPartnerRole(input: $input) { id role fromYear toYear } }`,
    );
    expect((await api.gql(ADD, { input })).errors?.[0].extensions.field).toBe("input.toYear");
    const ok = await api.gql(ADD, { input: { ...input, toYear: 2011 } });
    expect(ok.data?.addPartnerRole.fromYear).toBe(2010);
    const del = await api.gql(graphql(`mutation StatisticsDeleteRole($id: ID!) { deletePartnerRole(id: $id) }`), {
      id: ok.data?.addPartnerRole.id as string,
    });
    expect(del.data?.deletePartnerRole).toBe(true);
  });
});
