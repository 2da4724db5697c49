import { fromOre, grantStatusLabels, toOre } from "@bk/domain";
import { seedSyntheticCounty } from "@bk/seed/synthetic";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { onPostgres, startTestApi, type TestApi } from "../../test/harness";
import { yearShares } from "../grants/grant-summary";

// grantAggregate is GROUP BY in the database: its groups must agree with grantSummary, with sums
// made here over every grant (the domain's year rule applied one grant at a time), with the
// list's count for the same filter, and with its own totals; keys must feed back into `where`.

type Key = { dimension: string; value: string | null; id: string | null; label: string; labelEn: string };
type Group = {
  keys: Key[];
  count: number;
  amountApplied: string;
  amountGranted: string;
  amountPaid: string | null;
  amountRemaining: string | null;
};
type Totals = Omit<Group, "keys">;
type Page = {
  totalCount: number;
  totals: Totals;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: Group }[];
};

const QUERY = `query ($where: GrantWhere, $groupBy: [GrantDimension!]!, $orderBy: [GrantAggregateOrder!], $first: Int, $after: String, $last: Int, $before: String) {
  grantAggregate(where: $where, groupBy: $groupBy, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    totals { count amountApplied amountGranted amountPaid amountRemaining }
    pageInfo { hasNextPage endCursor }
    edges { cursor node { keys { dimension value id label labelEn: label(language: EN) } count amountApplied amountGranted amountPaid amountRemaining } }
  }
}`;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: false });
  await seedSyntheticCounty(api.db.prisma, { grants: 300, seed: 7 });
});
afterAll(() => api.close());

const add = (a: string, b: string | null | { toString(): string }) => fromOre(toOre(a) + (b == null ? 0n : toOre(String(b))));
const sub = (a: string, b: string) => fromOre(toOre(a) - toOre(b));

async function aggregate(variables: Record<string, unknown>, send = api.gql) {
  const res = await send<{ grantAggregate: Page }>(QUERY, { first: 500, ...variables });
  expect(res.errors).toBeUndefined();
  return (res.data as { grantAggregate: Page }).grantAggregate;
}
const keyOf = (g: Group) => g.keys.map((k) => k.value ?? "").join("|");

describe(`grantAggregate in SQL (${onPostgres() ? "PostgreSQL" : "PGlite"})`, () => {
  it("groups by one dimension exactly as grantSummary does (YEAR, FUNDER, STATUS, MUNICIPALITY …)", async () => {
    for (const by of ["YEAR", "FUNDER", "PROGRAMME", "STATUS", "MUNICIPALITY", "ORGANISATION_KIND", "RECIPIENT"]) {
      const res = await api.gql<{
        grantSummary: { count: number; groups: { key: string; count: number; amountApplied: string; amountGranted: string }[] };
      }>(`query ($by: GrantGroupBy!) { grantSummary { count groups(by: $by) { key count amountApplied amountGranted } } }`, { by });
      const summary = res.data?.grantSummary;
      const page = await aggregate({ groupBy: [by] });
      // Groups that only hold payments (a year a grant has no share in) have no grants: grantSummary leaves them out.
      const got = page.edges
        .map((e) => e.node)
        .filter((g) => g.count > 0)
        .map((g) => ({ key: keyOf(g), count: g.count, amountApplied: g.amountApplied, amountGranted: g.amountGranted }))
        .sort((a, b) => a.key.localeCompare(b.key));
      const expected = [...(summary?.groups ?? [])].sort((a, b) => a.key.localeCompare(b.key));
      expect(got, by).toEqual(expected);
      expect(got.length, by).toBeGreaterThan(3);
      expect(page.totals.count).toBe(summary?.count);
    }
  });

  it("sums granted per year per funder in one query, as the domain's year rule gives grant by grant, and the groups add up to the totals", async () => {
    const page = await aggregate({ groupBy: ["YEAR", "FUNDER"] });
    const grants = await api.db.prisma.grant.findMany({ include: { yearAmounts: true, disbursements: true } });
    const expected = new Map<string, { count: number; amountGranted: string; amountPaid: string }>();
    const put = (key: string, granted: string | null, paid: string | null, counts: boolean) => {
      const g = expected.get(key) ?? { count: 0, amountGranted: "0", amountPaid: "0" };
      expected.set(key, {
        count: g.count + (counts ? 1 : 0),
        amountGranted: add(g.amountGranted, granted),
        amountPaid: add(g.amountPaid, paid),
      });
    };
    for (const g of grants) {
      const shares = yearShares(g);
      for (const s of shares) put(`${s.year}|${g.funderId}`, s.granted, null, true);
      if (!shares.length) put(`|${g.funderId}`, g.amountGranted?.toString() ?? null, null, true);
      for (const d of g.disbursements.filter((d) => d.status === "PAID"))
        put(`${d.paidDate?.getUTCFullYear() ?? ""}|${g.funderId}`, null, d.amount.toString(), false);
    }
    const got = new Map(
      page.edges.map((e) => [keyOf(e.node), { count: e.node.count, amountGranted: e.node.amountGranted, amountPaid: e.node.amountPaid }]),
    );
    expect(got).toEqual(expected);
    expect(page.totalCount).toBe(expected.size);
    expect(page.totalCount).toBeGreaterThan(20);
    expect([...expected.values()].some((g) => g.amountPaid !== "0")).toBe(true);

    const groups = page.edges.map((e) => e.node);
    const sum = (pick: (g: Group) => string | null) => groups.reduce((s, g) => add(s, pick(g)), "0");
    expect(sum((g) => g.amountGranted)).toBe(page.totals.amountGranted);
    expect(sum((g) => g.amountApplied)).toBe(page.totals.amountApplied);
    expect(sum((g) => g.amountPaid)).toBe(page.totals.amountPaid);
    expect(page.totals.amountRemaining).toBe(sub(page.totals.amountGranted, page.totals.amountPaid as string));
    for (const g of groups) expect(g.amountRemaining).toBe(sub(g.amountGranted, g.amountPaid as string));
    // count counts each grant once in the totals, in each of its years in the groups.
    expect(page.totals.count).toBe(grants.length);
    expect(groups.reduce((n, g) => n + g.count, 0)).toBeGreaterThan(grants.length);
  });

  it("counts in each group of two dimensions exactly the grants the list lists for the keys as filters", async () => {
    const page = await aggregate({ groupBy: ["FUNDER", "STATUS"], orderBy: [{ measure: "COUNT", direction: "DESC" }], first: 5 });
    expect(page.edges).toHaveLength(5);
    for (const { node } of page.edges) {
      const [funder, status] = node.keys;
      expect(funder.id).toBeTruthy();
      const where = { funder: { equals: funder.id }, status: { equals: status.value } };
      const res = await api.gql<{ grants: { totalCount: number } }>(
        `query ($where: GrantWhere) { grants(where: $where, first: 1) { totalCount } }`,
        {
          where,
        },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.grants.totalCount).toBe(node.count);
      // The key's id as a filter of the aggregate itself gives that one funder's groups only.
      const one = await aggregate({ where: { funder: { equals: funder.id } }, groupBy: ["FUNDER"] });
      expect(one.edges.map((e) => e.node.keys[0].id)).toEqual([funder.id]);
    }
    const counts = page.edges.map((e) => e.node.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it("labels keys in Swedish and English, entities by their names, and carries the entity", async () => {
    const page = await aggregate({ groupBy: ["STATUS", "FUNDER"], first: 3 });
    const res = await api.gql<{
      grantAggregate: {
        edges: { node: { keys: { organisation: { id: string; name: string } | null; label: string; id: string | null }[] } }[];
      };
    }>(`{ grantAggregate(groupBy: [STATUS, FUNDER], first: 3) { edges { node { keys { label id organisation { id name } } } } } }`);
    expect(res.errors).toBeUndefined();
    const [status, funder] = page.edges[0].node.keys;
    const value = status.value as keyof typeof grantStatusLabels;
    expect([status.label, status.labelEn]).toEqual([grantStatusLabels[value].sv, grantStatusLabels[value].en]);
    const node = res.data?.grantAggregate.edges[0].node;
    expect(node?.keys[0].organisation).toBeNull();
    expect(node?.keys[1].organisation?.id).toBe(funder.id);
    expect(node?.keys[1].organisation?.name).toBe(funder.label);
  });

  it("pages backwards too: last before a cursor gives the groups just before it", async () => {
    const whole = await aggregate({ groupBy: ["FUNDER", "STATUS"] });
    const cursor = whole.edges[10].cursor;
    const back = await aggregate({ groupBy: ["FUNDER", "STATUS"], first: null, last: 4, before: cursor });
    expect(back.edges.map((e) => e.node)).toEqual(whole.edges.slice(6, 10).map((e) => e.node));
  });

  it("pages over the groups with cursors: the pages together are the whole, in the same order", async () => {
    const order = [{ measure: "AMOUNT_GRANTED", direction: "DESC" }];
    const whole = await aggregate({ groupBy: ["PROGRAMME", "STATUS"], orderBy: order });
    const seen: Group[] = [];
    let after: string | null = null;
    for (let i = 0; i < 100; i++) {
      const page: Page = await aggregate({ groupBy: ["PROGRAMME", "STATUS"], orderBy: order, first: 7, after });
      expect(page.totalCount).toBe(whole.totalCount);
      seen.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(whole.totalCount).toBeGreaterThan(14);
    expect(seen).toEqual(whole.edges.map((e) => e.node));
    const granted = seen.map((g) => toOre(g.amountGranted));
    expect(granted).toEqual([...granted].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
  });

  it("sorts by a key: years as numbers, entities by name, either way", async () => {
    const years = await aggregate({ groupBy: ["YEAR"], orderBy: [{ dimension: "YEAR", direction: "DESC" }] });
    const values = years.edges.map((e) => e.node.keys[0].value).filter((v) => v != null);
    expect(values).toEqual([...values].sort((a, b) => Number(b) - Number(a)));
    const funders = await aggregate({ groupBy: ["FUNDER"], orderBy: [{ dimension: "FUNDER" }] });
    const names = funders.edges.map((e) => e.node.keys[0].label);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it("keeps payments and a grant's project to those who may see them", async () => {
    const lead = api.as({ roles: ["PROJECT_LEAD"], projectIds: [] });
    const page = await aggregate({ groupBy: ["STATUS"] }, lead.gql);
    expect(page.totals.count).toBe(await api.db.prisma.grant.count());
    expect(page.totals.amountPaid).toBeNull();
    expect(page.edges.every((e) => e.node.amountPaid === null && e.node.amountRemaining === null)).toBe(true);
    const byProject = await aggregate({ groupBy: ["PROJECT"] }, lead.gql);
    expect(byProject.totalCount).toBe(0);
    expect(byProject.totals.count).toBe(0);
  });

  it("stays within the cost limit: one page of 500 groups with their entities runs, three such pages are refused", async () => {
    const one = `a: grantAggregate(groupBy: [YEAR, FUNDER, STATUS], first: 500) {
      edges { node { count amountGranted keys { id label organisation { name parent { name } } } } } }`;
    const ok = await api.gql(`{ ${one} }`);
    expect(ok.errors).toBeUndefined();
    const tooMuch = await api.gql(`{ ${one} ${one.replace("a:", "b:")} ${one.replace("a:", "c:")} }`);
    expect(tooMuch.errors?.[0]?.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit: "cost" });
  });

  it("refuses bad groupings, orderings and pages, naming the argument", async () => {
    const refusal = async (variables: Record<string, unknown>) => {
      const res = await api.gql(QUERY, variables);
      expect(res.data?.grantAggregate ?? null).toBeNull();
      const e = res.errors?.[0]?.extensions;
      return { code: e?.code, field: e?.field, reason: e?.reason };
    };
    expect(await refusal({ groupBy: ["YEAR", "FUNDER", "STATUS", "PROGRAMME", "RECIPIENT"] })).toEqual({
      code: "BAD_USER_INPUT",
      field: "groupBy",
      reason: "aggregate.dimensionCount",
    });
    expect(await refusal({ groupBy: [] })).toMatchObject({ field: "groupBy", reason: "aggregate.dimensionCount" });
    expect(await refusal({ groupBy: ["YEAR", "FUNDER", "YEAR"] })).toEqual({
      code: "BAD_USER_INPUT",
      field: "groupBy.2",
      reason: "aggregate.dimensionRepeated",
    });
    expect(await refusal({ groupBy: ["YEAR"], orderBy: [{ measure: "COUNT", dimension: "YEAR" }] })).toMatchObject({
      field: "orderBy.0",
      reason: "aggregate.orderOneOf",
    });
    expect(await refusal({ groupBy: ["YEAR"], orderBy: [{ dimension: "FUNDER" }] })).toMatchObject({
      field: "orderBy.0.dimension",
      reason: "aggregate.orderNotGrouped",
    });
    expect(await refusal({ groupBy: ["YEAR"], first: 501 })).toMatchObject({ field: "first", reason: "value.between" });
    expect(await refusal({ groupBy: ["YEAR"], first: null, last: 5 })).toMatchObject({
      field: "last",
      reason: "aggregate.lastNeedsBefore",
    });
    expect(await refusal({ groupBy: ["YEAR"], after: "bm90IGEgY3Vyc29y" })).toMatchObject({ field: "after", reason: "cursor.invalid" });
    expect(await refusal({ groupBy: ["YEAR"], where: { funder: { equals: "00000000-0000-0000-0000-000000000000" } } })).toMatchObject({
      field: "where.funder.equals",
      reason: "id.invalid",
    });
  });
});
