import { type ProtectableObservation, protectionGroupOf, protectObservations } from "@bk/domain";
import { createProject } from "@bk/seed/factories";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ObservationAggregateOrder, ObservationDimension, ObservationWhere } from "../../test/generated/graphql";
import { graphql } from "../../test/graphql";
import { startTestApi, type TestApi } from "../../test/harness";

const AGGREGATE = graphql(`
  query AggregateGroups(
    $where: ObservationWhere
    $groupBy: [ObservationDimension!]!
    $orderBy: [ObservationAggregateOrder!]
    $first: Int
    $after: String
  ) {
    observationAggregate(where: $where, groupBy: $groupBy, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      totals { count sum unit protected protection }
      edges {
        cursor
        node {
          key { indicatorId indicator { id name } projectId project { name } periodStart periodEnd year breakdown }
          count sum unit protected protection
        }
      }
    }
  }
`);
const LIST = graphql(`
  query AggregatePublicValues { observations(first: 100, orderBy: [{ field: PERIOD_START }]) { edges { node { id value displayValue suppressed suppressionReason } } } }
`);

const RESIDENTS = "Bosatta i kommunen";
/** What is stored: [project, indicator, year, breakdown, value]; "support" counts people, "calls" does not. */
type Fact = { project: "p1" | "p2"; indicator: "support" | "calls"; year: number; breakdown: string | null; value: number };
const fact = (project: Fact["project"], indicator: Fact["indicator"], year: number, breakdown: string | null, value: number): Fact => ({
  project,
  indicator,
  year,
  breakdown,
  value,
});
const FACTS: Fact[] = [
  fact("p1", "support", 2019, null, 20),
  fact("p1", "support", 2019, RESIDENTS, 17), // 20 − 17 = 3 live elsewhere: the group hides the 17
  fact("p1", "support", 2020, null, 40),
  fact("p1", "support", 2020, RESIDENTS, 30),
  fact("p1", "support", 2021, null, 3), // a small count
  fact("p1", "support", 2021, RESIDENTS, 2),
  fact("p1", "support", 2022, null, 12),
  fact("p1", "support", 2022, RESIDENTS, 12),
  fact("p2", "support", 2019, null, 50),
  fact("p2", "support", 2019, RESIDENTS, 45),
  fact("p2", "support", 2020, null, 8),
  fact("p2", "support", 2020, RESIDENTS, 0),
  fact("p1", "calls", 2019, null, 3), // support calls: not people, never protected
  fact("p1", "calls", 2020, null, 4),
  fact("p2", "calls", 2020, null, 120),
];

let api: TestApi;
let RAW: Record<string, string>;
const ids = { p1: "", p2: "", support: "", calls: "" };
const names = { support: "Kvinnor som fått stöd", calls: "Stödsamtal" };
/** Stored id → fact, for the protection oracle. */
const stored = new Map<string, Fact>();

beforeAll(async () => {
  api = await startTestApi({ seed: false });
  const db = api.db.prisma;
  ids.p1 = (await createProject(db, { name: "Projekt Ett" })).id;
  ids.p2 = (await createProject(db, { name: "Projekt Två" })).id;
  ids.support = (await db.indicator.create({ data: { name: names.support, unit: "personer", countsPeople: true } })).id;
  ids.calls = (await db.indicator.create({ data: { name: names.calls, unit: "samtal", countsPeople: false } })).id;
  for (const f of FACTS) {
    const o = await db.observation.create({
      data: {
        indicatorId: ids[f.indicator],
        projectId: ids[f.project],
        periodStart: new Date(Date.UTC(f.year, 0, 1)),
        periodEnd: new Date(Date.UTC(f.year, 11, 31)),
        breakdown: f.breakdown,
        value: f.value,
      },
    });
    stored.set(o.id, f);
  }
  RAW = await api.headersFor({ roles: ["STATISTICIAN"] });
});
afterAll(() => api.close());

const relay = (type: string, id: string) => encodeGlobalID(type, id);
const sumOf = (facts: Fact[]) => String(facts.reduce((a, f) => a + f.value, 0));

/** The facts in the protection groups where the domain's protectObservations hides something (threshold 5). */
function hidingFacts(): Set<Fact> {
  const people: ProtectableObservation[] = [...stored].flatMap(([id, f]) =>
    f.indicator === "support"
      ? [
          {
            id,
            indicatorId: ids.support,
            projectId: ids[f.project],
            periodStart: `${f.year}-01-01`,
            periodEnd: `${f.year}-12-31`,
            breakdown: f.breakdown,
            value: f.value,
          },
        ]
      : [],
  );
  const cells = protectObservations(people, 5);
  const hiding = new Set(people.filter((o) => cells.get(o.id)?.suppressed).map(protectionGroupOf));
  return new Set(people.filter((o) => hiding.has(protectionGroupOf(o))).map((o) => stored.get(o.id) as Fact));
}

async function aggregate(
  groupBy: ObservationDimension[],
  extra: { where?: ObservationWhere; orderBy?: ObservationAggregateOrder[]; first?: number; after?: string } = {},
  headers: Record<string, string> = {},
) {
  const res = await api.gql(AGGREGATE, { groupBy, first: 500, ...extra }, headers);
  expect(res.errors).toBeUndefined();
  return res.data?.observationAggregate as NonNullable<NonNullable<typeof res.data>["observationAggregate"]>;
}
type Node = Awaited<ReturnType<typeof aggregate>>["edges"][number]["node"];
const keyOf = (n: Node) => [n.key.indicator?.name ?? "", n.key.project?.name ?? "", n.key.year ?? "", n.key.breakdown ?? "total"].join("|");
const factKey = (f: Fact, dims: { project?: boolean; breakdown?: boolean }) =>
  [
    names[f.indicator],
    dims.project ? (f.project === "p1" ? "Projekt Ett" : "Projekt Två") : "",
    f.year,
    dims.breakdown ? (f.breakdown ?? "total") : "total",
  ].join("|");

/** The cells a grouping should give, by hand from FACTS: count and sum, and whether protection hides it. */
function expectedCells(dims: { project?: boolean; breakdown?: boolean }, protect: boolean) {
  const hiding = hidingFacts();
  const cells = new Map<string, Fact[]>();
  for (const f of FACTS.filter((f) => dims.breakdown || f.breakdown === null)) {
    const k = factKey(f, dims);
    cells.set(k, [...(cells.get(k) ?? []), f]);
  }
  return Object.fromEntries(
    [...cells].map(([k, facts]) => {
      const hidden = protect && facts.some((f) => hiding.has(f));
      return [k, { count: facts.length, sum: hidden ? null : sumOf(facts), protection: hidden ? "PROTECTED_VALUES" : null }];
    }),
  );
}
const cellsOf = (a: Awaited<ReturnType<typeof aggregate>>) =>
  Object.fromEntries(a.edges.map((e) => [keyOf(e.node), { count: e.node.count, sum: e.node.sum, protection: e.node.protection }]));

describe("observationAggregate: figures", () => {
  it("counts and sums totals by indicator and year as the stored figures add up, for someone who sees raw counts", async () => {
    const a = await aggregate(["INDICATOR", "YEAR"], {}, RAW);
    expect(cellsOf(a)).toEqual(expectedCells({}, false));
    expect(a.edges.map((e) => e.node.unit)).toContain("samtal");
    // Both projects' totals of 2019 for support: 20 + 50, computed from FACTS.
    const support2019 = a.edges.find((e) => e.node.key.indicator?.name === names.support && e.node.key.year === 2019);
    expect(support2019?.node.sum).toBe(sumOf(FACTS.filter((f) => f.indicator === "support" && f.year === 2019 && !f.breakdown)));
    expect(a.totals).toMatchObject({ count: FACTS.filter((f) => !f.breakdown).length, sum: null, unit: null, protected: false });
  });

  it("groups by three dimensions at once, keys carrying the Relay id and the indicator itself", async () => {
    const a = await aggregate(["INDICATOR", "YEAR", "BREAKDOWN"], {}, RAW);
    expect(cellsOf(a)).toEqual(expectedCells({ breakdown: true }, false));
    for (const { node } of a.edges) {
      expect(node.key.indicatorId).toBe(node.key.indicator?.id);
      expect(node.key.indicatorId).toBe(relay("Indicator", node.key.indicator?.name === names.support ? ids.support : ids.calls));
      expect(node.key.project).toBeNull();
      expect(node.key.periodStart).toBeNull();
    }
    const four = await aggregate(["INDICATOR", "PROJECT", "PERIOD", "BREAKDOWN"], {}, RAW);
    expect(four.totalCount).toBe(FACTS.length);
    expect(four.edges.every((e) => e.node.count === 1 && e.node.key.periodEnd?.endsWith("-12-31"))).toBe(true);
  });

  it("hides every cell made with a value its group protects, and sums other units plainly", async () => {
    const a = await aggregate(["INDICATOR", "PROJECT", "YEAR", "BREAKDOWN"]);
    expect(cellsOf(a)).toEqual(expectedCells({ project: true, breakdown: true }, true));
    const cell = (project: string, year: number, breakdown: string, indicator = names.support) =>
      cellsOf(a)[[indicator, project, year, breakdown].join("|")];
    // Project Ett 2019: 20 and 17 leave 3 people elsewhere. The group hides a value, so no sum takes any of its values,
    // not even the 20 shown on its own: a sum is shown only when all its values come from groups that hide nothing.
    expect(cell("Projekt Ett", 2019, "total")).toEqual({ count: 1, sum: null, protection: "PROTECTED_VALUES" });
    expect(cell("Projekt Ett", 2019, RESIDENTS).sum).toBeNull();
    expect(cell("Projekt Ett", 2021, "total").sum).toBeNull();
    expect(cell("Projekt Ett", 2020, "total").sum).toBe("40");
    expect(cell("Projekt Två", 2020, RESIDENTS).sum).toBe("0");
    // Three support calls are not three people.
    expect(cell("Projekt Ett", 2019, "total", names.calls)).toEqual({ count: 1, sum: "3", protection: null });

    const byYear = cellsOf(await aggregate(["INDICATOR", "YEAR"]));
    expect(byYear).toEqual(expectedCells({}, true));
    expect(byYear[`${names.support}||2019|total`].sum).toBeNull();
    expect(byYear[`${names.support}||2020|total`].sum).toBe("48");
  });

  it("filters by a period with both ends, as the observations list does", async () => {
    // 2020-01-01 is a Wednesday, 2021-12-31 a Friday: the range used to be refused as reversed by comparing Date strings.
    const where = { periodStart: { gte: "2020-01-01", lte: "2021-12-31" } };
    const a = await aggregate(["YEAR"], { where }, RAW);
    expect(a.edges.map((e) => [e.node.key.year, e.node.count])).toEqual(
      [2020, 2021].map((year) => [year, FACTS.filter((f) => f.year === year && !f.breakdown).length]),
    );
  });

  it("lists only the projects a project lead may read", async () => {
    const lead = api.as({ roles: ["PROJECT_LEAD"], projectIds: [ids.p2] });
    const res = await lead.gql(AGGREGATE, { groupBy: ["PROJECT", "INDICATOR"], first: 100 });
    expect(res.data?.observationAggregate.edges.map((e) => e.node.key.project?.name)).toEqual(["Projekt Två", "Projekt Två"]);
    expect(res.data?.observationAggregate.totals.count).toBe(FACTS.filter((f) => f.project === "p2" && !f.breakdown).length);
  });
});

describe("observationAggregate: paging, sorting and refusals", () => {
  it("pages through the groups with first/after, the pages together being the whole", async () => {
    const dims: ObservationDimension[] = ["INDICATOR", "PROJECT", "YEAR", "BREAKDOWN"];
    const whole = await aggregate(dims);
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 20; page++) {
      const a = await aggregate(dims, { first: 4, ...(after ? { after } : {}) });
      expect(a.totalCount).toBe(whole.totalCount);
      seen.push(...a.edges.map((e) => keyOf(e.node)));
      if (!a.pageInfo.hasNextPage) break;
      after = a.pageInfo.endCursor ?? undefined;
    }
    expect(seen).toEqual(whole.edges.map((e) => keyOf(e.node)));
    expect(new Set(seen).size).toBe(FACTS.length);
  });

  it("sorts by the shown sum, protected cells last whichever the direction", async () => {
    for (const direction of ["DESC", "ASC"] as const) {
      const a = await aggregate(["PROJECT", "YEAR"], {
        where: { indicator: { equals: relay("Indicator", ids.support) } },
        orderBy: [{ field: "SUM", direction }],
      });
      const sums = a.edges.map((e) => e.node.sum);
      const shown = sums.filter((s) => s !== null).map(Number);
      expect(shown).toEqual([...shown].sort((x, y) => (direction === "DESC" ? y - x : x - y)));
      expect(sums.slice(shown.length).every((s) => s === null)).toBe(true);
      expect(sums.length - shown.length).toBe(2);
    }
  });

  it("refuses too many dimensions, too large pages, sorting by what is not grouped and broken cursors, naming the field", async () => {
    const refusal = async (variables: Record<string, unknown>) => {
      const res = await api.gql(AGGREGATE, { groupBy: ["INDICATOR"], ...variables } as never);
      return {
        code: res.errors?.[0]?.extensions.code,
        field: res.errors?.[0]?.extensions.field,
        reason: res.errors?.[0]?.extensions.reason,
      };
    };
    expect(await refusal({ groupBy: ["INDICATOR", "PROJECT", "ORGANISATION", "PERIOD", "YEAR"] })).toEqual({
      code: "BAD_USER_INPUT",
      field: "groupBy",
      reason: "argument.tooManyValues",
    });
    expect(await refusal({ first: 501 })).toMatchObject({ code: "BAD_USER_INPUT", field: "first", reason: "value.between" });
    expect(await refusal({ orderBy: [{ field: "YEAR" }] })).toEqual({
      code: "BAD_USER_INPUT",
      field: "orderBy.0.field",
      reason: "observationAggregate.orderNotGrouped",
    });
    expect(await refusal({ after: "not a cursor" })).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
    expect(await refusal({ where: { indicator: { equals: relay("Project", ids.p1) } } })).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "where.indicator.equals",
    });
  });
});

describe("observationAggregate: differencing", () => {
  /** Every aggregate an attacker might combine: groupings × filters that cut away one period, breakdown or project. */
  async function battery(headers: Record<string, string> = {}) {
    const groupings: ObservationDimension[][] = [
      [],
      ["INDICATOR"],
      ["YEAR"],
      ["BREAKDOWN"],
      ["INDICATOR", "YEAR"],
      ["PROJECT", "BREAKDOWN"],
      ["INDICATOR", "PROJECT", "YEAR"],
      ["INDICATOR", "PROJECT", "PERIOD", "BREAKDOWN"],
    ];
    const wheres: ObservationWhere[] = [
      {},
      { project: { equals: relay("Project", ids.p1) } },
      { indicator: { equals: relay("Indicator", ids.support) } },
      { periodStart: { gte: "2019-01-01" } },
      { periodStart: { gte: "2020-01-01" } },
      { periodStart: { lte: "2019-12-31" } },
      { periodStart: { gte: "2020-01-01", lte: "2021-12-31" } },
      { total: true },
      { total: false },
      { breakdown: RESIDENTS },
      { text: "Bosatta" },
    ];
    const answers: unknown[] = [];
    for (const groupBy of groupings)
      for (const where of wheres) {
        const a = await aggregate(groupBy, { where, orderBy: [{ field: "SUM", direction: "DESC" }] }, headers);
        answers.push([groupBy, where, a.totals, a.edges.map((e) => [keyOf(e.node), e.node.count, e.node.sum, e.node.protection])]);
      }
    return answers;
  }

  it("answers exactly the same whatever the hidden counts are, so no combination of aggregates or totals recovers one", async () => {
    const db = api.db.prisma;
    const idOf = (match: (f: Fact) => boolean) => [...stored].find(([, f]) => match(f))?.[0] as string;
    const residents2019 = idOf((f) => f.project === "p1" && f.indicator === "support" && f.year === 2019 && f.breakdown === RESIDENTS);
    const total2021 = idOf((f) => f.project === "p1" && f.indicator === "support" && f.year === 2021 && f.breakdown === null);
    const residents2021 = idOf((f) => f.project === "p1" && f.indicator === "support" && f.year === 2021 && f.breakdown === RESIDENTS);

    const before = { attacker: await battery(), list: (await api.gql(LIST)).data, raw: await battery(RAW) };
    // Another world with the same public values: 4 people elsewhere in 2019 instead of 3, and 4 (1 resident) in 2021 instead of 3 (2).
    await db.observation.update({ where: { id: residents2019 }, data: { value: 16 } });
    await db.observation.update({ where: { id: total2021 }, data: { value: 4 } });
    await db.observation.update({ where: { id: residents2021 }, data: { value: 1 } });
    try {
      const after = { attacker: await battery(), list: (await api.gql(LIST)).data, raw: await battery(RAW) };
      // The values shown one by one are the same in both worlds (the premise) …
      expect(after.list).toEqual(before.list);
      // … someone with raw access sees the difference, so the battery does reach those cells …
      expect(after.raw).not.toEqual(before.raw);
      // … and an ordinary caller gets the same answer to every aggregate: nothing to subtract.
      expect(after.attacker).toEqual(before.attacker);
    } finally {
      await db.observation.update({ where: { id: residents2019 }, data: { value: 17 } });
      await db.observation.update({ where: { id: total2021 }, data: { value: 3 } });
      await db.observation.update({ where: { id: residents2021 }, data: { value: 2 } });
    }
  });

  it("does not give away a hidden value by the totals of two periods or of all breakdowns but one", async () => {
    const p1 = { project: { equals: relay("Project", ids.p1) }, indicator: { equals: relay("Indicator", ids.support) } };
    const all = await aggregate([], { where: { ...p1, periodStart: { gte: "2019-01-01" } } });
    const later = await aggregate([], { where: { ...p1, periodStart: { gte: "2020-01-01" } } });
    // 2019's total would be all − later: at least one of the two is hidden.
    expect([all.totals.sum, later.totals.sum]).toContain(null);
    const breakdowns = await aggregate(["BREAKDOWN"], { where: { ...p1, periodStart: { lte: "2019-12-31" } } });
    expect(breakdowns.edges.map((e) => e.node.sum)).toEqual([null, null]);
  });
});

it("sends the same number of SQL statements for few and for many groups", async () => {
  const statementsFor = async () => {
    api.statements.length = 0;
    const a = await aggregate(["INDICATOR", "PROJECT", "YEAR", "BREAKDOWN"]);
    return { statements: api.dataStatements().length, groups: a.edges.length };
  };
  const few = await statementsFor();
  const db = api.db.prisma;
  for (let i = 0; i < 6; i++) {
    const project = await createProject(db, { name: `Projekt extra ${i}` });
    const indicator = await db.indicator.create({ data: { name: `Indikator extra ${i}`, unit: "personer", countsPeople: true } });
    await db.observation.createMany({
      data: [2019, 2020, 2021].map((year) => ({
        indicatorId: indicator.id,
        projectId: project.id,
        periodStart: new Date(Date.UTC(year, 0, 1)),
        periodEnd: new Date(Date.UTC(year, 11, 31)),
        value: 10 + i,
      })),
    });
  }
  const many = await statementsFor();
  console.log(`SQL statements: ${few.statements} for ${few.groups} groups, ${many.statements} for ${many.groups} groups`);
  expect(many.groups).toBe(few.groups + 18);
  expect(many.statements).toBe(few.statements);
  expect(few.statements).toBeLessThanOrEqual(5);
});
