import { Prisma } from "@bk/domain/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../test/harness";
import { whereSql } from "./where-sql";

// whereSql must select exactly the rows the Prisma client selects for the same where (the
// grant list's filters are checked end to end in grant-summary-sql.test.ts; these are the
// operators it may meet beyond them).

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi(); // the seeded source documents: eight grants with their parts
});
afterAll(() => api.close());

const wheres: Record<string, unknown>[] = [
  {},
  { NOT: [{ status: "CLOSED" }, { amountGranted: null }] },
  { NOT: { title: { contains: "kvinnojour", mode: "insensitive" } } },
  { status: { notIn: ["CLOSED", "ACTIVE"] } },
  { status: { not: "CLOSED" } },
  { amountApplied: { not: null } },
  { conditions: { every: { status: "FULFILLED" } } },
  { conditions: { none: {} } },
  { programme: { isNot: null } },
  { programme: { is: { name: { startsWith: "Utveckl" } } } },
  { project: null },
  { recipient: { municipality: { equals: "HANINGE", mode: "insensitive" } } },
  { OR: [{ periodStartYear: { gte: 2009 } }, { decisionDate: { lt: new Date("2008-06-01") } }] },
  { funder: { grantsAsFunder: { some: { amountGranted: { gt: "1000000" } } } } },
];

describe("whereSql", () => {
  it.each(wheres.map((w) => [JSON.stringify(w), w]))("selects what Prisma selects for %s", async (_name, where) => {
    const expected = (await api.db.prisma.grant.findMany({ where, select: { id: true } })).map((g) => g.id).sort();
    const rows = await api.db.prisma.$queryRaw<{ id: string }[]>(
      Prisma.sql`SELECT "grant"."id" FROM "Grant" "grant" WHERE ${whereSql("Grant", where, "grant")}`,
    );
    expect(rows.map((r) => r.id).sort()).toEqual(expected);
  });

  it("refuses an operator it does not translate instead of ignoring it", () => {
    expect(() => whereSql("Grant", { title: { search: "x" } }, "grant")).toThrow(/search on title is not translated/);
  });

  it("has filters that select some grants but not all (the cases above are not trivial)", async () => {
    const all = await api.db.prisma.grant.count();
    const counts = await Promise.all(wheres.slice(1).map((where) => api.db.prisma.grant.count({ where })));
    expect(counts.filter((n) => n > 0 && n < all).length).toBeGreaterThan(wheres.length / 2);
  });
});
