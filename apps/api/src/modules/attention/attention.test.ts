import { ATTENTION_ORDER, type AttentionItem, attentionItems } from "@bk/domain";
import { Prisma } from "@bk/domain/server";
import { seedSyntheticCounty } from "@bk/seed/synthetic";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGrant, createOrganisation, createProject } from "../../../../../prisma/seed/factories";
import type { AttentionTestPageQuery } from "../../test/generated/graphql";
import { graphql } from "../../test/graphql";
import { type GqlResult, startTestApi, type TestApi } from "../../test/harness";
import { positionOf } from "./attention-cursor";
import { attentionPage } from "./attention-sql";

// The attention list is computed in PostgreSQL (attention-sql.ts); packages/domain's attentionItems
// states the same rule in TypeScript. Over a generated county and the shapes it does not make, the
// statement must give the function's list item for item, in its order, and count each kind as it does.

let api: TestApi;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
beforeAll(async () => {
  api = await startTestApi({ seed: false });
  await seedSyntheticCounty(api.db.prisma, { grants: 400, seed: 11 });
  const db = api.db.prisma;
  const funder = await createOrganisation(db, { kind: "COUNTY_BOARD" });
  const ended = await createProject(db, { endDate: day("2012-06-30") });
  const base = { funderId: funder.id, conditions: undefined };
  // Ties in kind and date: ordered by title (without case, Å Ä Ö after Z), then by grant.
  for (const title of ["Älvsjö kvinnojour", "Åby stödcentrum", "Östermalm", "aa", "Zon", "Élan", "Zon"]) {
    await createGrant(db, {
      ...base,
      title,
      status: "ACTIVE",
      conditions: {
        create: [
          { text: `Villkor för ${title}`, dueDate: day("2012-03-01") },
          { text: "Utan datum", dueDate: null },
        ],
      },
    });
  }
  // Paid in full, paid in part with a planned payment left, nothing granted, a withdrawn grant with an open condition.
  await createGrant(db, { ...base, amountGranted: "1000.50", disbursements: { create: [{ amount: "1000.50", status: "PAID" }] } });
  await createGrant(db, {
    ...base,
    amountGranted: "1000.50",
    disbursements: {
      create: [
        { amount: "1000.49", status: "PAID" },
        { amount: "0.01", status: "PLANNED" },
      ],
    },
  });
  await createGrant(db, { ...base, amountGranted: "0", status: "GRANTED" });
  await createGrant(db, { ...base, status: "WITHDRAWN", conditions: { create: [{ text: "Öppet", dueDate: day("2012-01-01") }] } });
  // An ended project: without a final report, with one received, with one still due.
  await createGrant(db, { ...base, projectId: ended.id, status: "ACTIVE" });
  await createGrant(db, {
    ...base,
    projectId: ended.id,
    status: "REPORTED",
    reportRequirements: { create: [{ kind: "FINAL", title: "Slutrapport", status: "RECEIVED", dueDate: day("2012-09-30") }] },
  });
  await createGrant(db, {
    ...base,
    projectId: ended.id,
    status: "ACTIVE",
    reportRequirements: { create: [{ kind: "FINAL", title: "Slutrapport", status: "DUE", dueDate: day("2012-09-30") }] },
  });
});
afterAll(() => api.close());

/** The domain's list: every grant the list looks at loaded with its rows, as the API once did. */
async function expected(today: Date, horizonDays: number, where: { funderId?: string } = {}): Promise<AttentionItem[]> {
  const grants = await api.db.prisma.grant.findMany({
    where: { ...where, status: { in: ["SUBMITTED", "GRANTED", "PARTIALLY_GRANTED", "ACTIVE", "REPORTED"] } },
    include: { conditions: true, reportRequirements: true, disbursements: true, project: { select: { endDate: true } } },
  });
  const items = attentionItems(
    grants.map((g) => ({
      ...g,
      amountGranted: g.amountGranted?.toString() ?? null,
      projectEndDate: g.project?.endDate ?? null,
      reports: g.reportRequirements,
      disbursements: g.disbursements.map((d) => ({ amount: d.amount.toString(), status: d.status })),
    })),
    today,
    horizonDays,
  );
  // Amounts as the API sends them (the Money scalar writes both forms alike).
  return items.map((i) => ({ ...i, amountGranted: money(i.amountGranted), amountPaid: money(i.amountPaid) }));
}
const money = (v: string | null) => (v == null ? null : new Prisma.Decimal(v).toFixed(2));

/** The statement's whole list, read page by page, each after the last item of the one before. */
async function computed(today: Date, horizonDays: number, kinds: AttentionItem["kind"][] | null = null, limit = 97) {
  const items: AttentionItem[] = [];
  for (;;) {
    const last = items.at(-1);
    const after = last ? positionOf(last) : null;
    const page = await attentionPage(api.db.prisma, { filter: Prisma.sql`TRUE`, today, horizonDays, kinds, after, limit });
    items.push(...page.items);
    if (page.items.length < limit) return { ...page, items };
  }
}

describe("attention in SQL", () => {
  for (const [today, horizon] of [
    ["2010-06-15", 30],
    ["2012-03-01", 0],
    ["2012-02-20", 365],
    ["2016-01-01", 30],
    ["2026-11-25", 90],
  ] as const) {
    it(`gives the domain's list item for item on ${today}, ${horizon} days ahead`, async () => {
      const want = await expected(day(today), horizon);
      const got = await computed(day(today), horizon);
      expect(want.length).toBeGreaterThan(20);
      expect(got.items.map((i) => ({ ...i, amountGranted: money(i.amountGranted), amountPaid: money(i.amountPaid) }))).toEqual(want);
      expect(got.total).toBe(want.length);
      const counts = ATTENTION_ORDER.map((kind) => ({ kind, count: want.filter((i) => i.kind === kind).length })).filter((c) => c.count);
      expect(got.counts).toEqual(counts);
    });
  }

  it("finds every kind in the generated county and the added shapes", async () => {
    const kinds = new Set(
      [...(await computed(day("2012-02-20"), 365)).items, ...(await computed(day("2016-01-01"), 30)).items].map((i) => i.kind),
    );
    expect([...kinds].sort()).toEqual([...ATTENTION_ORDER].sort());
  });

  it("pages the chosen kinds and counts every kind whatever is chosen", async () => {
    const all = await computed(day("2012-02-20"), 365);
    const chosen = await computed(day("2012-02-20"), 365, ["REPORT_DUE", "CONDITION_OVERDUE"], 5);
    expect(chosen.items).toEqual(all.items.filter((i) => i.kind === "REPORT_DUE" || i.kind === "CONDITION_OVERDUE"));
    expect(chosen.total).toBe(chosen.items.length);
    expect(chosen.counts).toEqual(all.counts);
  });

  it("orders ties by title in Swedish alphabetical order (no case, É as E, Å Ä Ö last), then by grant", async () => {
    const ties = (await computed(day("2012-02-01"), 30)).items.filter((i) => i.text.startsWith("Villkor för "));
    expect(ties.map((i) => i.grantTitle)).toEqual(["aa", "Élan", "Zon", "Zon", "Åby stödcentrum", "Älvsjö kvinnojour", "Östermalm"]);
    expect(ties[2].grantId < ties[3].grantId).toBe(true);
  });
});

describe("Query.attention", () => {
  const PAGE = graphql(`
    query AttentionTestPage($kinds: [AttentionKind!], $first: Int, $after: String) {
      attention(today: "2012-02-20", horizonDays: 365, kinds: $kinds, first: $first, after: $after) {
        totalCount
        kindCounts { kind count }
        pageInfo { hasNextPage hasPreviousPage endCursor }
        edges { cursor node { kind grantId itemId dueDate daysLeft } }
      }
    }
  `);

  it("pages forward with cursors through the same list, one statement a page", async () => {
    const whole = await computed(day("2012-02-20"), 365);
    const seen: string[] = [];
    let after: string | null | undefined = null;
    for (let pages = 0; pages < 100; pages++) {
      api.statements.length = 0;
      const res: GqlResult<AttentionTestPageQuery> = await api.gql(PAGE, { first: 250, after });
      expect(res.errors).toBeUndefined();
      expect(api.dataStatements()).toHaveLength(1);
      const conn = res.data?.attention;
      if (!conn) throw new Error("no answer");
      expect(conn.totalCount).toBe(whole.total);
      expect(conn.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...conn.edges.map((e) => `${e.node.kind}:${e.node.itemId ?? e.node.grantId}`));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toEqual(
      whole.items.map(
        (i) =>
          `${i.kind}:${i.itemId ? encodeGlobalID(i.kind.startsWith("REPORT") ? "ReportRequirement" : "Condition", i.itemId) : encodeGlobalID("Grant", i.grantId)}`,
      ),
    );
  });

  it("starts the next page after the last item shown when items before it were resolved or added in between", async () => {
    const kinds: AttentionItem["kind"][] = ["CONDITION_OVERDUE"];
    const whole = (await computed(day("2012-02-20"), 365, ["CONDITION_OVERDUE"])).items;
    expect(whole.length).toBeGreaterThan(12);
    const first = (await api.gql(PAGE, { kinds, first: 10 })).data?.attention;
    if (!first) throw new Error("no answer");
    // Between the two pages: two items shown are fulfilled and a new overdue condition comes before the rest.
    const resolved = [whole[0].itemId ?? "", whole[4].itemId ?? ""];
    await api.db.prisma.condition.updateMany({ where: { id: { in: resolved } }, data: { status: "FULFILLED" } });
    const added = await api.db.prisma.condition.create({
      data: { grantId: whole[0].grantId, text: "Tillkom", dueDate: day("2000-01-01") },
    });
    try {
      const next = (await api.gql(PAGE, { kinds, first: 10, after: first.pageInfo.endCursor })).data?.attention;
      // By position (offset 10 of the list as it is now) the page would have started at whole[11]: one item skipped.
      expect(next?.edges.map((e) => e.node.itemId)).toEqual(whole.slice(10, 20).map((i) => encodeGlobalID("Condition", i.itemId ?? "")));
      expect(next?.totalCount).toBe(whole.length - 1);
    } finally {
      await api.db.prisma.condition.delete({ where: { id: added.id } });
      await api.db.prisma.condition.updateMany({ where: { id: { in: resolved } }, data: { status: "OPEN" } });
    }
  });

  it("narrows to the chosen kinds and still counts every kind", async () => {
    const res = await api.gql(PAGE, { kinds: ["PENDING_DECISION"], first: 3 });
    const conn = res.data?.attention;
    expect(conn?.edges.map((e) => e.node.kind)).toEqual(["PENDING_DECISION", "PENDING_DECISION", "PENDING_DECISION"]);
    expect(conn?.totalCount).toBe(conn?.kindCounts.find((k) => k.kind === "PENDING_DECISION")?.count);
    expect(conn?.kindCounts.length).toBeGreaterThan(3);
  });

  it("looks only at the grants its filter keeps (one funder), as the domain's rule over those grants; no kinds is every kind", async () => {
    const [{ funderId }] = await api.db.prisma.grant.groupBy({
      by: ["funderId"],
      _count: { funderId: true },
      orderBy: { _count: { funderId: "desc" } },
      take: 1,
    });
    const want = await expected(day("2016-01-01"), 365, { funderId });
    const res = await api.gql(
      `query ($funder: ID!) { attention(today: "2016-01-01", horizonDays: 365, first: 500, kinds: [], where: { funder: { equals: $funder } }) {
        totalCount edges { node { kind grantId itemId } } } }`,
      { funder: encodeGlobalID("Organisation", funderId) },
    );
    type Answer = { attention: { totalCount: number; edges: { node: { kind: string; grantId: string; itemId: string | null } }[] } };
    const got = (res.data as Answer | undefined)?.attention;
    expect(want.length).toBeGreaterThan(5);
    expect(got?.totalCount).toBe(want.length);
    expect(got?.edges.map((e) => `${e.node.kind}:${e.node.grantId}`)).toEqual(
      want.map((i) => `${i.kind}:${encodeGlobalID("Grant", i.grantId)}`),
    );
  });

  it("refuses a page too large, a cursor it did not give out, and paging backwards, naming the argument", async () => {
    const refusal = async (variables: Record<string, unknown>, query = PAGE) =>
      (await api.gql(query, variables as never)).errors?.[0]?.extensions;
    expect(await refusal({ first: 501 })).toMatchObject({ code: "BAD_USER_INPUT", field: "first", reason: "value.between" });
    const forged = (position: unknown[]) => Buffer.from(`attention:${JSON.stringify(position)}`).toString("base64");
    for (const after of [
      "bm90IGEgY3Vyc29y", // "not a cursor"
      Buffer.from("arrayconnection:20").toString("base64"), // a cursor by position, as the list once gave out
      forged(["SOON", null, "t", "g", "x", null]),
      forged(["CONDITION_DUE", "2012-13-45", "t", "g", "x", null]),
      forged(["CONDITION_DUE", null, "t", "", "x", null]),
      forged(["CONDITION_DUE", null, "t", "g", "x"]),
      // What PostgreSQL itself would refuse (an error, not a refusal naming the argument): a NUL, a day that is none, year 0.
      forged(["CONDITION_DUE", null, "a\u0000", "g", "x", null]),
      forged(["CONDITION_DUE", null, "t", "g", "\ud800", null]),
      forged(["CONDITION_DUE", "2023-02-30", "t", "g", "x", null]),
      forged(["CONDITION_DUE", "0000-01-01", "t", "g", "x", null]),
    ]) {
      expect(await refusal({ after }), after).toMatchObject({ code: "BAD_USER_INPUT", field: "after", reason: "cursor.invalid" });
    }
    const back = await api.gql(`query { attention(last: 5) { totalCount } }`);
    expect(back.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "last" });
  });
});
