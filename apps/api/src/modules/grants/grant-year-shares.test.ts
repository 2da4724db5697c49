import { seedSyntheticCounty } from "@bk/seed/synthetic";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { onPostgres, startTestApi, type TestApi } from "../../test/harness";
import { yearShares } from "./grant-summary";

// "GrantYearShare" is the year-attribution rule's rows as the database keeps them (triggers calling
// bk_refresh_grant_year_shares, year-attribution-sql.ts). After every kind of write they must be, to
// the öre, what the domain's rule (grantYearShares) gives for each grant as it is now.

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: false });
  await seedSyntheticCounty(api.db.prisma, { grants: 200, seed: 11 });
});
afterAll(() => api.close());

const money = (v: { toString(): string } | null) => (v == null ? null : v.toString());

/** Every grant's stored shares beside the rule's, as "grant year applied granted" lines. */
async function storedAndExpected() {
  const grants = await api.db.prisma.grant.findMany({ include: { yearAmounts: true, yearShares: true }, orderBy: { id: "asc" } });
  const line = (id: string, s: { year: number; applied: string | null; granted: string | null }) =>
    `${id} ${s.year} ${s.applied} ${s.granted}`;
  const stored = grants.flatMap((g) =>
    g.yearShares
      .sort((a, b) => a.year - b.year)
      .map((s) => line(g.id, { year: s.year, applied: money(s.applied), granted: money(s.granted) })),
  );
  const expected = grants.flatMap((g) => yearShares(g).map((s) => line(g.id, s)));
  return { stored, expected, grants };
}

describe(`the stored year shares (${onPostgres() ? "PostgreSQL" : "PGlite"})`, () => {
  it("are the rule's for every grant the seed wrote", async () => {
    const { stored, expected } = await storedAndExpected();
    expect(expected.length).toBeGreaterThan(200);
    expect(stored).toEqual(expected);
  });

  it("follow every change of a grant's amounts, period or decision, and of its year amounts, in the writer's transaction", async () => {
    const { grants } = await storedAndExpected();
    const split = grants.filter((g) => g.yearAmounts.length > 1);
    const whole = grants.filter((g) => g.yearAmounts.length === 0 && g.periodStartYear != null);
    expect(split.length).toBeGreaterThan(5);
    expect(whole.length).toBeGreaterThan(5);
    await api.db.prisma.$transaction(async (tx) => {
      // The grant's own columns: amounts, a longer period, a period removed (the decision year then counts).
      await tx.grant.update({ where: { id: whole[0].id }, data: { amountGranted: "123456.78", amountApplied: "200000" } });
      await tx.grant.update({ where: { id: whole[1].id }, data: { periodEndYear: (whole[1].periodStartYear ?? 2010) + 3 } });
      await tx.grant.update({ where: { id: whole[2].id }, data: { periodStartYear: null, periodEndYear: null } });
      await tx.grant.updateMany({ where: { id: { in: [whole[3].id, whole[4].id] } }, data: { decisionDate: new Date("2019-06-30") } });
      // Year amounts: one changed, one removed, all removed (the period counts again), new ones on a grant without.
      await tx.grantYearAmount.update({ where: { id: split[0].yearAmounts[0].id }, data: { amountGranted: null } });
      await tx.grantYearAmount.delete({ where: { id: split[1].yearAmounts[1].id } });
      await tx.grantYearAmount.deleteMany({ where: { grantId: split[2].id } });
      await tx.grantYearAmount.createMany({
        data: [2030, 2031].map((year) => ({ grantId: whole[5].id, year, amountApplied: "10", amountGranted: "7.01" })),
      });
    });
    const after = await storedAndExpected();
    expect(after.stored).toEqual(after.expected);
    expect(after.stored.filter((l) => l.startsWith(`${whole[5].id} 203`))).toEqual([
      `${whole[5].id} 2030 10 7.01`,
      `${whole[5].id} 2031 10 7.01`,
    ]);
  });

  it("are gone with their grant, and left as they are by a change the rule does not read", async () => {
    const [first, second] = await api.db.prisma.grant.findMany({ where: { yearShares: { some: {} } }, take: 2, orderBy: { id: "asc" } });
    await api.db.prisma.grant.delete({ where: { id: first.id } });
    expect(await api.db.prisma.grantYearShare.count({ where: { grantId: first.id } })).toBe(0);
    const before = await api.db.prisma.grantYearShare.findMany({ where: { grantId: second.id }, orderBy: { year: "asc" } });
    await api.db.prisma.grant.update({ where: { id: second.id }, data: { title: "Ny titel" } });
    expect(await api.db.prisma.grantYearShare.findMany({ where: { grantId: second.id }, orderBy: { year: "asc" } })).toEqual(before);
  });

  it("undo with the writer's transaction when it fails", async () => {
    const [grant] = await api.db.prisma.grant.findMany({ where: { yearAmounts: { none: {} }, periodStartYear: { not: null } }, take: 1 });
    const before = await api.db.prisma.grantYearShare.findMany({ where: { grantId: grant.id }, orderBy: { year: "asc" } });
    await expect(
      api.db.prisma.$transaction(async (tx) => {
        await tx.grant.update({ where: { id: grant.id }, data: { periodEndYear: (grant.periodStartYear ?? 2010) + 5 } });
        throw new Error("stopped");
      }),
    ).rejects.toThrow("stopped");
    expect(await api.db.prisma.grantYearShare.findMany({ where: { grantId: grant.id }, orderBy: { year: "asc" } })).toEqual(before);
  });
});
