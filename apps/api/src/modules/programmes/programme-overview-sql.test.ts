import { APPLIED_FOR, IN_FAVOUR, sumMoney } from "@bk/domain";
import { Prisma } from "@bk/domain/server";
import { seedSyntheticCounty } from "@bk/seed/synthetic";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createGrant, createOrganisation } from "../../../../../prisma/seed/factories";
import { startTestApi, type TestApi } from "../../test/harness";
import { yearShares } from "../grants/grant-summary";
import { type ProgrammeYear, programmeOverview } from "./programme-overview-sql";

// The programme overview is summed in PostgreSQL (programme-overview-sql.ts). Over the source
// documents, a generated county and shapes the generator does not make, it must give what the
// domain's year-attribution rule and plain sums give when every programme's grants are loaded.

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  await seedSyntheticCounty(api.db.prisma, { grants: 400, seed: 3 });
  const db = api.db.prisma;
  const funder = await createOrganisation(db, { kind: "COUNTY_BOARD" });
  // A programme without a period, with allocations at three levels (one approximate) and payments in a year of no share.
  const programme = await db.programme.create({
    data: {
      name: "Åtgärder utan period",
      allocations: {
        create: [
          { year: 2011, level: "NATIONAL", amount: "1000000.50" },
          { year: 2011, level: "COUNTY", amount: "250000", approximate: true },
          { year: 2012, level: "COUNTY", amount: "100" },
        ],
      },
    },
  });
  await createGrant(db, {
    funderId: funder.id,
    programmeId: programme.id,
    status: "ACTIVE",
    amountApplied: "300.33",
    amountGranted: "200.01",
    periodStartYear: 2011,
    periodEndYear: 2012,
    yearAmounts: undefined,
    disbursements: {
      create: [
        { amount: "50.5", status: "PAID", paidDate: new Date("2014-03-01T00:00:00Z") },
        { amount: "20", status: "PLANNED", plannedDate: new Date("2011-03-01T00:00:00Z") },
      ],
    },
  });
  await createGrant(db, { funderId: funder.id, programmeId: programme.id, status: "REJECTED", amountGranted: "0" });
  await createGrant(db, { funderId: funder.id, programmeId: programme.id, status: "DRAFT" });
});
afterAll(() => api.close());

/** The overview as it was computed before: every programme with its grants, rows and payments loaded, summed in TypeScript. */
async function expected(): Promise<ProgrammeYear[]> {
  const programmes = await api.db.prisma.programme.findMany({
    orderBy: [{ startYear: "asc" }, { name: "asc" }],
    include: {
      allocations: true,
      grants: { where: { status: { in: [...APPLIED_FOR] } }, include: { yearAmounts: true, disbursements: true } },
    },
  });
  const rows: ProgrammeYear[] = [];
  for (const p of programmes) {
    const years = new Map<number, { applied: (string | null)[]; granted: (string | null)[]; disbursed: string[]; grants: Set<string> }>();
    const at = (y: number) => {
      const row = years.get(y) ?? { applied: [], granted: [], disbursed: [], grants: new Set<string>() };
      years.set(y, row);
      return row;
    };
    for (const y of p.allocations.map((a) => a.year)) at(y);
    for (let y = p.startYear ?? 0; p.startYear && p.endYear && y <= p.endYear; y++) at(y);
    for (const g of p.grants) {
      for (const share of yearShares(g)) {
        const row = at(share.year);
        row.applied.push(share.applied);
        if (IN_FAVOUR.includes(g.status)) row.granted.push(share.granted);
        row.grants.add(g.id);
      }
      for (const d of g.disbursements)
        if (d.status === "PAID" && d.paidDate) at(d.paidDate.getUTCFullYear()).disbursed.push(d.amount.toString());
    }
    for (const [year, r] of [...years.entries()].sort((a, b) => a[0] - b[0])) {
      const alloc = (level: string) => p.allocations.filter((a) => a.year === year && a.level === level);
      const national = alloc("NATIONAL");
      const county = alloc("COUNTY");
      rows.push({
        programmeId: p.id,
        programmeName: p.name,
        year,
        nationalAllocation: national.length ? sumMoney(national.map((a) => a.amount.toString())) : null,
        countyAllocation: county.length ? sumMoney(county.map((a) => a.amount.toString())) : null,
        allocationApproximate: [...national, ...county].some((a) => a.approximate),
        applied: sumMoney(r.applied),
        granted: sumMoney(r.granted),
        disbursed: sumMoney(r.disbursed),
        grantCount: r.grants.size,
      });
    }
  }
  return rows;
}

const money = (v: string | null) => (v == null ? null : new Prisma.Decimal(v).toFixed(2));

it("gives per programme and year what the year-attribution rule and plain sums give", async () => {
  const want = await expected();
  const got = await programmeOverview(api.db.prisma);
  expect(want.length).toBeGreaterThan(50);
  const norm = (rows: ProgrammeYear[]) =>
    rows
      .map((r) => ({
        ...r,
        nationalAllocation: money(r.nationalAllocation),
        countyAllocation: money(r.countyAllocation),
        applied: money(r.applied),
        granted: money(r.granted),
        disbursed: money(r.disbursed),
      }))
      // Programmes of the same first year and name in either order (the old read did not fix it).
      .sort((a, b) => (a.programmeId < b.programmeId ? -1 : a.programmeId > b.programmeId ? 1 : a.year - b.year));
  expect(norm(got)).toEqual(norm(want));
  // In the page's order: by first year, name and year.
  expect(got.map((r) => `${r.programmeName}|${r.year}`)).toEqual(want.map((r) => `${r.programmeName}|${r.year}`));
  // The shapes above: the rejected application's year, allocations summed per level, approximate, a payment year with nothing applied.
  const own = got.filter((r) => r.programmeName === "Åtgärder utan period");
  expect(own.map((r) => [r.year, r.nationalAllocation, r.countyAllocation, r.allocationApproximate, r.grantCount, r.disbursed])).toEqual([
    [2010, null, null, false, 1, "0"],
    [2011, "1000000.5", "250000", true, 1, "0"],
    [2012, null, "100", false, 1, "0"],
    [2014, null, null, false, 0, "50.5"],
  ]);
});
