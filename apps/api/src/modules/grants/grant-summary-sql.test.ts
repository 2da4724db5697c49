import { fromOre, grantStatusLabels, toOre } from "@bk/domain";
import { seedSyntheticCounty } from "@bk/seed/synthetic";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGrant, createOrganisation } from "../../../../../prisma/seed/factories";
import { onPostgres, startTestApi, type TestApi } from "../../test/harness";
import { GRANT_GROUPS, type GrantGroupBy, yearShares } from "./grant-summary";

// grantSummary is computed by GROUP BY in the database: it must give, to the öre, what the
// domain's year-attribution rule (grantYearShares) and plain sums give over the same grants,
// and count exactly the grants the list lists for the same filter.

type Group = { key: string; label: string; count: number; amountApplied: string; amountGranted: string };
type Summary = { count: number; amountApplied: string; amountGranted: string; groups: Group[] };

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: false });
  await seedSyntheticCounty(api.db.prisma, { grants: 300, seed: 5 });
  // Shapes the generator does not make: a split whose applied amounts are all zero, an end before the start.
  const funder = await createOrganisation(api.db.prisma, { kind: "COUNTY_BOARD" });
  const base = { funderId: funder.id, status: "GRANTED" as const, conditions: undefined };
  await createGrant(api.db.prisma, {
    ...base,
    amountApplied: "0",
    amountGranted: "1000.01",
    periodStartYear: 2010,
    periodEndYear: 2012,
    yearAmounts: { create: [2010, 2011, 2012].map((year) => ({ year, amountApplied: "0", amountGranted: null })) },
  });
  await createGrant(api.db.prisma, {
    ...base,
    amountGranted: "100.03",
    periodStartYear: 2012,
    periodEndYear: 2009,
    yearAmounts: undefined,
  });
});
afterAll(() => api.close());

const add = (a: string, b: string | null) => fromOre(toOre(a) + (b == null ? 0n : toOre(b)));

/** The same sums in TypeScript: every grant loaded, the domain's rule applied one grant at a time. */
async function expectedGroups(by: GrantGroupBy) {
  const grants = await api.db.prisma.grant.findMany({ include: { yearAmounts: true, recipient: true } });
  const groups = new Map<string, { count: number; amountApplied: string; amountGranted: string }>();
  const put = (key: string, applied: string | null, granted: string | null) => {
    const g = groups.get(key) ?? { count: 0, amountApplied: "0", amountGranted: "0" };
    groups.set(key, { count: g.count + 1, amountApplied: add(g.amountApplied, applied), amountGranted: add(g.amountGranted, granted) });
  };
  const money = (v: { toString(): string } | null) => (v == null ? null : v.toString());
  for (const g of grants) {
    if (by === "YEAR") {
      const shares = yearShares(g);
      for (const s of shares) put(String(s.year), s.applied, s.granted);
      if (!shares.length) put("", money(g.amountApplied), money(g.amountGranted));
      continue;
    }
    const key = {
      FUNDER: g.funderId,
      PROGRAMME: g.programmeId ?? "",
      STATUS: g.status,
      MUNICIPALITY: g.recipient.municipality ?? "",
      ORGANISATION_KIND: g.recipient.kind,
      RECIPIENT: g.recipientId,
    }[by];
    put(key, money(g.amountApplied), money(g.amountGranted));
  }
  return [...groups.entries()].map(([key, g]) => ({ key, ...g })).sort((a, b) => a.key.localeCompare(b.key));
}

const summary = async (where: Record<string, unknown> | null, by: GrantGroupBy) => {
  const res = await api.gql<{ grantSummary: Summary; grants: { totalCount: number } }>(
    `query ($where: GrantWhere, $by: GrantGroupBy!) {
      grantSummary(where: $where) { count amountApplied amountGranted groups(by: $by) { key label count amountApplied amountGranted } }
      grants(where: $where, first: 1) { totalCount }
    }`,
    { where, by },
  );
  expect(res.errors).toBeUndefined();
  return res.data as { grantSummary: Summary; grants: { totalCount: number } };
};

describe(`grantSummary in SQL (${onPostgres() ? "PostgreSQL" : "PGlite"})`, () => {
  it.each(GRANT_GROUPS)("groups by %s exactly as the domain rule and plain sums do", async (by) => {
    const { grantSummary } = await summary(null, by);
    const got = grantSummary.groups.map(({ label: _label, ...g }) => g).sort((a, b) => a.key.localeCompare(b.key));
    const expected = await expectedGroups(by);
    expect(got).toEqual(expected);
    // Real variety, not a few trivial groups.
    expect(got.length).toBeGreaterThan(by === "STATUS" ? 5 : 3);
  });

  it("has a year group for the generated multi-year grants (with and without a split) and one for grants without a year", async () => {
    const { grantSummary } = await summary(null, "YEAR");
    const years = grantSummary.groups.map((g) => g.key);
    expect(years).toContain("");
    expect(grantSummary.groups.find((g) => g.key === "")?.label).toBe("Okänt år");
    const split = await api.db.prisma.grant.count({ where: { yearAmounts: { some: {} } } });
    const spread = await api.db.prisma.grant.count({
      where: { yearAmounts: { none: {} }, periodEndYear: { gt: 0 }, NOT: { periodStartYear: null } },
    });
    expect(split).toBeGreaterThan(10);
    expect(spread).toBeGreaterThan(10);
  });

  it("labels groups with names looked up for the keys", async () => {
    const { grantSummary } = await summary(null, "STATUS");
    expect(grantSummary.groups.find((g) => g.key === "CLOSED")?.label).toBe(grantStatusLabels.CLOSED.sv);
    const funders = (await summary(null, "FUNDER")).grantSummary.groups;
    const names = await api.db.prisma.organisation.findMany({
      where: { id: { in: funders.map((g) => g.key) } },
      select: { id: true, name: true },
    });
    expect(funders.map((g) => g.label).sort()).toEqual(names.map((n) => n.name).sort());
  });

  it("totals equal the sums of all grants", async () => {
    const { grantSummary } = await summary(null, "STATUS");
    const all = await api.db.prisma.grant.aggregate({ _count: true, _sum: { amountApplied: true, amountGranted: true } });
    expect(grantSummary.count).toBe(all._count);
    expect(grantSummary.amountApplied).toBe(fromOre(toOre(String(all._sum.amountApplied))));
    expect(grantSummary.amountGranted).toBe(fromOre(toOre(String(all._sum.amountGranted))));
  });

  it("counts exactly the grants the list lists, for each of the list's filters", async () => {
    const some = await api.db.prisma.grant.findFirstOrThrow({ where: { programmeId: { not: null } }, include: { recipient: true } });
    const wheres: Record<string, unknown>[] = [
      { year: 2012 },
      { year: 2020, status: { in: ["ACTIVE", "CLOSED"] } },
      { status: { equals: "REJECTED" } },
      { text: "bidrag 1" },
      { text: "utan PROGRAM" },
      { amountGranted: { gte: "500000", lte: "2000000" } },
      { amountApplied: { isNull: true } },
      { decisionDate: { gte: "2010-01-01", lte: "2015-06-30" } },
      { funder: { equals: encodeGlobalID("Organisation", some.funderId) } },
      { programme: { in: [encodeGlobalID("Programme", some.programmeId as string)] } },
      { recipient: { equals: encodeGlobalID("Organisation", some.recipientId) } },
      { municipality: (some.recipient.municipality ?? "").toUpperCase() },
      { recipientKind: { in: ["NGO", "MUNICIPALITY"] } },
      { funderReference: "000-000000" },
      { funderReference: "%" },
      { OR: [{ status: { equals: "REJECTED" } }, { amountGranted: { gt: "1000000" } }] },
      { NOT: [{ status: { in: ["ACTIVE", "CLOSED"] } }], amountApplied: { lt: "800000" } },
      { status: { notIn: ["ACTIVE"] }, programme: { isNull: true } },
      { funder: { notIn: [encodeGlobalID("Organisation", some.funderId)] }, decisionDate: { gt: "2010-01-01", lt: "2016-01-01" } },
      { AND: [{ year: 2020 }, { OR: [{ text: "bidrag 1" }, { recipientKind: { equals: "NGO" } }] }] },
    ];
    for (const where of wheres) {
      const { grantSummary, grants } = await summary(where, "STATUS");
      expect(grantSummary.count, JSON.stringify(where)).toBe(grants.totalCount);
      expect(grantSummary.groups.reduce((n, g) => n + g.count, 0)).toBe(grants.totalCount);
    }
    // A reference is matched whole, ignoring case; % and _ are themselves, never wildcards (in the list and the sums).
    const reference = (await api.db.prisma.grant.findFirstOrThrow({ where: { funderReference: { not: null } } })).funderReference ?? "";
    expect((await summary({ funderReference: reference.toLowerCase() }, "STATUS")).grants.totalCount).toBeGreaterThan(0);
    for (const pattern of ["%", "_%", `${reference.slice(0, -1)}_`]) {
      const matched = await summary({ funderReference: pattern }, "STATUS");
      expect([matched.grants.totalCount, matched.grantSummary.count], pattern).toEqual([0, 0]);
    }
    // The filters do select: not everything, not nothing.
    const counts = await Promise.all(wheres.slice(0, 4).map(async (w) => (await summary(w, "STATUS")).grants.totalCount));
    expect(counts.every((n) => n > 0 && n < 302)).toBe(true);
  });

  it("applies the viewer's scope to private filters as the list does (a project lead's own projects)", async () => {
    const projects = await api.db.prisma.project.findMany({ where: { grants: { some: {} } }, take: 3, select: { id: true } });
    const lead = api.as({ roles: ["PROJECT_LEAD"], projectIds: projects.map((p) => p.id) });
    const res = await lead.gql<{ grantSummary: { count: number }; grants: { totalCount: number } }>(
      `{ grantSummary(where: { text: "bidrag" }) { count } grants(where: { text: "bidrag" }) { totalCount } }`,
    );
    expect(res.errors).toBeUndefined();
    const own = await api.db.prisma.grant.count({ where: { projectId: { in: projects.map((p) => p.id) } } });
    expect(res.data?.grantSummary.count).toBe(res.data?.grants.totalCount);
    expect(res.data?.grantSummary.count).toBe(own);
  });

  it("answers totals and several groupings in one SQL statement, whatever the number of grants", async () => {
    api.statements.length = 0;
    const res = await api.gql(
      `{ grantSummary { count amountApplied amountGranted y: groups(by: YEAR) { key } f: groups(by: FUNDER) { key } } }`,
    );
    expect(res.errors).toBeUndefined();
    const data = api.dataStatements();
    expect(data).toHaveLength(1);
    expect(data[0]).toMatch(/GROUP BY/);
    expect(data[0]).not.toMatch(/\$100\b/); // no list of ids as bind parameters
  });
});
