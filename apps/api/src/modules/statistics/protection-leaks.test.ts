import { PROTECTED_GROUP, PROTECTED_INDICATOR, wordReason } from "@bk/domain";
import type { ResultOf } from "@graphql-typed-document-node/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ObservationInput } from "../../test/generated/graphql";
import { graphql, narrowNode } from "../../test/graphql";
import { type GqlResult, startTestApi, type TestApi } from "../../test/harness";

/**
 * The routes a hostile probe used to get at protected counts (issue 8, item 3): messages that
 * named them, refusals that could be tried value by value, deleting a total and adding it again,
 * a total and its breakdowns under different reporters, and no longer counting people.
 * `ordinary` callers (administrators) may change statistics but not see raw counts; `RAW`
 * callers are statisticians, who may.
 */
const RAW: Record<string, string> = {};
const ADD = graphql(`mutation LeaksAddObservation($input: ObservationInput!) { addObservation(input: $input) { id } }`);
const UPDATE = graphql(
  `mutation LeaksUpdateObservation($id: ID!, $input: ObservationInput!) { updateObservation(id: $id, input: $input) { id } }`,
);
const DELETE = graphql(`mutation LeaksDeleteObservation($id: ID!) { deleteObservation(id: $id) }`);
const UPDATE_INDICATOR = graphql(
  `mutation LeaksUpdateIndicator($id: ID!, $input: IndicatorInput!) { updateIndicator(id: $id, input: $input) { countsPeople } }`,
);
const STORED = narrowNode(
  graphql(`query LeaksStored($id: ID!) { node(id: $id) { ... on Indicator { name countsPeople observations {
  id breakdown value displayValue suppressed suppressionReason periodStart periodEnd updatedAt project { id } organisation { id } } } } }`),
);
type Answer = { code?: string; field?: string; message?: string };

describe("no protected count leaks through entering, changing or deleting values", () => {
  let api: TestApi;
  let project: string;
  let otherProject: string;
  let org: string;
  let otherOrg: string;
  const y2019 = { periodStart: "2019-01-01", periodEnd: "2019-12-31" };
  const y2020 = { periodStart: "2020-01-01", periodEnd: "2020-12-31" };

  beforeAll(async () => {
    api = await startTestApi();
    Object.assign(RAW, await api.headersFor({ roles: ["STATISTICIAN"] }));
    const ids = await api.gql(
      graphql(`query LeaksIds {
      haninge: projects(where: { text: "Haninge Kvinnojours verksamhet" }) { edges { node { id } } }
      other: projects(where: { text: "q-jouren" }) { edges { node { id } } }
      jour: organisations(where: { text: "Haninge Kvinnojour" }) { edges { node { id } } }
      roks: organisations(where: { text: "ROKS" }) { edges { node { id } } } }`),
    );
    const first = (k: "haninge" | "other" | "jour" | "roks") => ids.data?.[k].edges[0].node.id as string;
    [project, otherProject, org, otherOrg] = [first("haninge"), first("other"), first("jour"), first("roks")];
  });
  afterAll(() => api.close());

  /** A new indicator that counts people, so that each test has its own values. */
  async function indicator(name: string) {
    const res = await api.gql(graphql(`mutation LeaksAddIndicator($input: IndicatorInput!) { addIndicator(input: $input) { id } }`), {
      input: { name, unit: "personer", countsPeople: true },
    });
    return res.data?.addIndicator.id as string;
  }
  /** The refusal as a Swedish user reads it: its reason worded with every parameter the API sent. */
  const answer = (res: GqlResult<unknown>): Answer => {
    const e = res.errors?.[0]?.extensions;
    return e ? { code: e.code, field: e.field, message: wordReason(e.reason ?? "", e.params, "sv") } : {};
  };
  // Typed as the schema's input, though a test may try a value it refuses (2.5 people).
  const input = (indicatorId: string, over: Record<string, unknown>) =>
    ({
      indicatorId,
      projectId: project,
      ...y2019,
      breakdown: null,
      ...over,
    }) as ObservationInput;
  async function add(indicatorId: string, over: Record<string, unknown>, headers: Record<string, string> = {}) {
    const res = await api.gql(ADD, { input: input(indicatorId, over) }, headers);
    return { id: res.data?.addObservation.id as string, ...answer(res) };
  }
  const update = async (id: string, indicatorId: string, over: Record<string, unknown>, headers: Record<string, string> = {}) =>
    answer(await api.gql(UPDATE, { id, input: input(indicatorId, over) }, headers));
  const remove = async (id: string, headers: Record<string, string> = {}) => answer(await api.gql(DELETE, { id }, headers));
  /** Everything stored for the indicator, as someone with raw access sees it. */
  const stored = async (indicatorId: string) => (await api.gql(STORED, { id: indicatorId }, RAW)).data?.node;
  /** What an ordinary caller sees, by breakdown. */
  async function shown(indicatorId: string) {
    const res = await api.gql(STORED, { id: indicatorId });
    return Object.fromEntries(
      res.data?.node.observations.map((o) => [o.breakdown ?? "total", o.suppressed ? o.suppressionReason : o.value]) ?? [],
    );
  }
  const refused = (field: string) => ({ code: "CONFLICT", field, message: wordReason(PROTECTED_GROUP, {}, "sv") });

  it("names no figure in a group with a hidden value unless the caller may see raw counts", async () => {
    const id = await indicator("Kvinnor i skyddat boende (meddelanden)");
    const total = await add(id, { value: 3 }, RAW);
    expect(total.code).toBeUndefined();
    const before = await stored(id);

    // Before: "Uppdelningen (1000) kan inte vara större än totalen (3) för samma period".
    const tooLarge = await add(id, { breakdown: "Bosatta i Haninge kommun", value: 1000 });
    expect(tooLarge).toMatchObject(refused("input.value"));
    expect(tooLarge.message).not.toMatch(/\d/);
    expect(await add(id, { breakdown: "Bosatta i Haninge kommun", value: 1000 }, RAW)).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.value",
      message: "Uppdelningen (1000) kan inte vara större än totalen (3) för samma period",
    });

    // "Totalen (x) kan inte vara mindre än en uppdelning (y)".
    expect((await add(id, { breakdown: "Bosatta i Haninge kommun", value: 2 }, RAW)).code).toBeUndefined();
    const withBreakdown = await stored(id);
    expect(await update(total.id, id, { value: 1 })).toMatchObject(refused("input.value"));
    expect(await update(total.id, id, { value: 1 }, RAW)).toMatchObject({
      code: "BAD_USER_INPUT",
      message: "Totalen (1) kan inte vara mindre än en uppdelning (2) för samma period",
    });

    // The overlap names only the other value's period, which everyone sees – never its value.
    const overlap = await add(id, { periodStart: "2019-07-01", periodEnd: "2020-06-30", value: 40 });
    expect(overlap).toMatchObject({
      code: "CONFLICT",
      field: "periodStart",
      message: "Perioden överlappar ett värde (2019-01-01–2019-12-31) för samma indikator och uppdelning",
    });
    expect((await api.gql(STORED, { id })).data?.node.observations.map((o) => o.displayValue)).toEqual(["<5", "<5"]);
    expect(before).not.toEqual(withBreakdown);
    expect(await stored(id)).toEqual(withBreakdown);
  });

  it("still names the figures in a group where everything is shown, as the form expects", async () => {
    const id = await indicator("Kvinnor i skyddat boende (synliga)");
    await add(id, { value: 40 });
    expect(await add(id, { breakdown: "Bosatta i Haninge kommun", value: 50 })).toMatchObject({
      code: "BAD_USER_INPUT",
      message: "Uppdelningen (50) kan inte vara större än totalen (40) för samma period",
    });
  });

  it("gives the same answer whatever value is tried, and stores nothing", async () => {
    const id = await indicator("Kvinnor i skyddat boende (orakel)");
    const total = await add(id, { value: 3 }, RAW);
    const before = await stored(id);
    const tried = [0, 1, 2, 3, 4, 5, 1000, 2.5];
    const answers = [];
    for (const value of tried) {
      answers.push(await add(id, { breakdown: "Bosatta i Haninge kommun", value }));
      answers.push(await add(id, { breakdown: "Bosatta i Haninge kommun", value, organisationId: org }));
      answers.push(await update(total.id, id, { value }));
    }
    expect(new Set(answers.map((a) => JSON.stringify({ ...a, id: undefined })))).toEqual(new Set([JSON.stringify(refused("input.value"))]));
    expect(await stored(id)).toEqual(before);
    // Someone who may see raw counts gets the ordinary checks: 2 fits under 3, 4 does not.
    expect((await add(id, { breakdown: "Bosatta i Haninge kommun", value: 4 }, RAW)).code).toBe("BAD_USER_INPUT");
    expect((await add(id, { breakdown: "Bosatta i Haninge kommun", value: 2 }, RAW)).code).toBeUndefined();
  });

  it("does not let an ordinary caller delete a total to show the breakdowns it hid", async () => {
    const id = await indicator("Kvinnor i skyddat boende (radera)");
    const total = await add(id, { value: 20 });
    const residents = await add(id, { breakdown: "Bosatta i Haninge kommun", value: 17 });
    // 20 − 17 = 3 live elsewhere: the 17 is hidden.
    expect(await shown(id)).toEqual({ total: "20", "Bosatta i Haninge kommun": "SECONDARY" });
    const before = await stored(id);
    expect(await remove(total.id)).toEqual(refused("id"));
    expect(await remove(residents.id)).toEqual(refused("id"));
    expect(await add(id, { value: 25 })).toMatchObject(refused("input.value"));
    expect(await stored(id)).toEqual(before);
    expect(await shown(id)).toEqual({ total: "20", "Bosatta i Haninge kommun": "SECONDARY" });
    // With nothing hidden, anyone may delete; with raw access, anything.
    const open = await add(id, { ...y2020, value: 40 });
    expect(await remove(open.id)).toEqual({});
    expect(await remove(total.id, RAW)).toEqual({});
  });

  it("protects and checks a total and its breakdowns together whichever organisation is named with the project", async () => {
    const id = await indicator("Kvinnor i skyddat boende (rapportörer)");
    // The total names only the project, the breakdowns the project and an organisation: one group.
    await add(id, { value: 20 });
    await add(id, { breakdown: "Bosatta i Haninge kommun", value: 17, organisationId: org });
    expect(await shown(id)).toEqual({ total: "20", "Bosatta i Haninge kommun": "SECONDARY" });
    const before = await stored(id);
    expect(await add(id, { breakdown: "Bosatta utanför Haninge", value: 1, organisationId: otherOrg })).toMatchObject(
      refused("input.value"),
    );
    expect(await stored(id)).toEqual(before);

    // A total of 3 entered for the project alone is checked against breakdowns entered with an organisation.
    await add(id, { ...y2020, value: 3 }, RAW);
    expect(await add(id, { ...y2020, breakdown: "Bosatta i Haninge kommun", value: 1000, organisationId: org })).toMatchObject(
      refused("input.value"),
    );
    expect(await add(id, { ...y2020, breakdown: "Bosatta i Haninge kommun", value: 1000, organisationId: org }, RAW)).toMatchObject({
      message: "Uppdelningen (1000) kan inte vara större än totalen (3) för samma period",
    });
    // The organisation's own figures (no project) are another population, in a group of their own.
    expect(
      (await add(id, { ...y2020, projectId: null, organisationId: org, breakdown: "Bosatta i Haninge kommun", value: 30 })).code,
    ).toBeUndefined();
  });

  it("does not let an ordinary caller relabel a value or move it into or out of a group with a hidden value", async () => {
    const id = await indicator("Kvinnor i skyddat boende (flytta)");
    const elsewhere = await indicator("Kvinnor i skyddat boende (annan indikator)");
    await add(id, { value: 20 });
    const residents = await add(id, { breakdown: "Bosatta i Haninge kommun", value: 17 });
    const visible = await add(id, { ...y2020, value: 40 });
    const before = await stored(id);
    const residentsAs = (over: Record<string, unknown>) =>
      update(residents.id, id, { breakdown: "Bosatta i Haninge kommun", value: 17, ...over });
    expect(await residentsAs({ breakdown: "Bosatta utanför Haninge" })).toEqual(refused("input.value"));
    expect(await residentsAs(y2020)).toEqual(refused("input.value"));
    expect(await residentsAs({ projectId: otherProject })).toEqual(refused("input.value"));
    expect(await residentsAs({ indicatorId: elsewhere })).toEqual(refused("input.value"));
    // Into the protected group from one where everything is shown.
    expect(await update(visible.id, id, { breakdown: "Bosatta utanför Haninge", value: 3 })).toEqual(refused("input.value"));
    expect(await stored(id)).toEqual(before);
    expect(await stored(elsewhere)).toMatchObject({ observations: [] });
    // Changing a value where everything is shown is fine.
    expect(await update(visible.id, id, { ...y2020, value: 41 })).toEqual({});
  });

  it("lets only someone with raw access stop counting people for an indicator with hidden values", async () => {
    const id = await indicator("Kvinnor i skyddat boende (räknar personer)");
    await add(id, { value: 3 });
    const before = await stored(id);
    const name = "Kvinnor i skyddat boende (räknar personer)";
    const off = { name, unit: "personer", countsPeople: false };
    expect(answer(await api.gql(UPDATE_INDICATOR, { id, input: off }))).toEqual({
      code: "CONFLICT",
      field: "input.countsPeople",
      message: wordReason(PROTECTED_INDICATOR, {}, "sv"),
    });
    expect(await stored(id)).toEqual(before);
    expect(await shown(id)).toEqual({ total: "SMALL_COUNT" });
    // Other changes are fine, and so is switching off where nothing is hidden.
    expect(answer(await api.gql(UPDATE_INDICATOR, { id, input: { ...off, countsPeople: true, unit: "kvinnor" } }))).toEqual({});
    const open = await indicator("Kvinnor i skyddat boende (inget dolt)");
    await add(open, { value: 40 });
    expect(answer(await api.gql(UPDATE_INDICATOR, { id: open, input: { ...off, name: "Inget dolt" } }))).toEqual({});
    expect(answer(await api.gql(UPDATE_INDICATOR, { id, input: off }, RAW))).toEqual({});
    expect(await shown(id)).toEqual({ total: "3" });
  });

  it("answers each of several mutations in one operation with what the ones before it changed", async () => {
    const id = await indicator("Kvinnor i skyddat boende (två i ett)");
    const first = await add(id, { value: 12 }, RAW);
    const res = await api.gql(
      `mutation ($a: ObservationInput!, $b: ObservationInput!, $gone: ID!) {
        a: addObservation(input: $a) { indicator { observations { id } } }
        b: addObservation(input: $b) { indicator { observations { id } } }
        c: deleteObservation(id: $gone) }`,
      {
        a: input(id, { ...y2020, value: 40 }),
        b: input(id, { ...y2020, breakdown: "Bosatta i Haninge kommun", value: 30 }),
        gone: first.id,
      },
      RAW,
    );
    type Lists = Record<"a" | "b", { indicator: { observations: { id: string }[] } }>;
    const lists = res.data as Lists | undefined;
    expect(res.errors).toBeUndefined();
    expect(lists?.a.indicator.observations).toHaveLength(2);
    // b's answer holds the value a added and its own (not a's list again), and the first is still there until c.
    expect(lists?.b.indicator.observations).toHaveLength(3);
    expect((await stored(id))?.observations).toHaveLength(2);
  });

  it("protects a value on a page of the observations list exactly as in its indicator's whole list", async () => {
    const id = await indicator("Kvinnor i skyddat boende (sidor)");
    // 2019: a total and two breakdowns, one small (so the other breakdown is hidden too); 2020: all shown.
    await add(id, { value: 12 }, RAW);
    await add(id, { breakdown: "Bosatta i Haninge kommun", value: 9 }, RAW);
    await add(id, { breakdown: "Bosatta i annan kommun", value: 3 }, RAW);
    await add(id, { ...y2020, value: 40 }, RAW);
    await add(id, { ...y2020, breakdown: "Bosatta i Haninge kommun", value: 30 }, RAW);
    const whole = (await api.gql(STORED, { id })).data?.node.observations ?? [];
    const PAGE = graphql(`query LeaksPage($id: ID!, $after: String) {
      observations(where: { indicator: { equals: $id } }, first: 1, after: $after) {
        edges { node { id value displayValue suppressed suppressionReason } } pageInfo { endCursor hasNextPage } } }`);
    const paged: Record<string, unknown>[] = [];
    let after: string | null = null;
    do {
      const res: GqlResult<ResultOf<typeof PAGE>> = await api.gql(PAGE, { id, after });
      const page = res.data?.observations;
      paged.push(...(page?.edges.map((e) => e.node) ?? []));
      after = page?.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
    } while (after);
    const view = (o: Record<string, unknown>) => [o.id, o.value, o.displayValue, o.suppressed, o.suppressionReason];
    expect(paged.map(view).sort()).toEqual(whole.map(view).sort());
    expect(
      whole
        .filter((o) => o.suppressed)
        .map((o) => o.suppressionReason)
        .sort(),
    ).toEqual(["SECONDARY", "SMALL_COUNT"]);
  });
});
