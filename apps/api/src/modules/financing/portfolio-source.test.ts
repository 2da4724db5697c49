import type { FinancingInput } from "@bk/domain";
import { Prisma } from "@bk/domain/server";
import { seedSyntheticCounty } from "@bk/seed/synthetic";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createGrant, createOrganisation, createProject } from "../../../../../prisma/seed/factories";
import { startTestApi, type TestApi } from "../../test/harness";
import { financingSelect, toFinancingInput } from "./financing-input";
import { portfolioInput, portfolioProjects } from "./portfolio-source";
import { programmeSubject } from "./programme-candidates";

// The portfolio reads every project's financing rows in one statement of its own (portfolio-source.ts)
// instead of Prisma's nested read of financingSelect: it must give the financing rules exactly the
// input toFinancingInput makes of that read, and programmeSubject the same project, for every project.

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: false });
  await seedSyntheticCounty(api.db.prisma, { grants: 300, seed: 7 });
  const db = api.db.prisma;
  // Shapes the generator may not make: öre, no decision, no split, nothing granted, a project with no grants.
  const funder = await createOrganisation(db, { kind: "COUNTY_BOARD" });
  const owner = await createOrganisation(db, { kind: "NGO" });
  const project = await createProject(db, { ownerId: owner.id, operatorId: funder.id });
  await db.projectBudgetYear.create({ data: { projectId: project.id, year: 2020, amount: "1000000.50", ownFunding: null } });
  await createGrant(db, {
    funderId: funder.id,
    projectId: project.id,
    amountApplied: "1234.56",
    amountGranted: null,
    decisionDate: null,
    status: "SUBMITTED",
    yearAmounts: undefined,
  });
  await createGrant(db, {
    funderId: funder.id,
    projectId: project.id,
    amountGranted: "0.10",
    decisionDate: new Date("2019-12-31T00:00:00Z"),
  });
  await createProject(db, { ownerId: owner.id });
});
afterAll(() => api.close());

/** Arrays in a fixed order: neither read orders a project's rows, and the rules do not depend on it. */
function sorted(input: FinancingInput) {
  const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    budgetYears: [...input.budgetYears].sort((a, b) => a.year - b.year),
    contributions: byId(input.contributions),
    grants: byId(input.grants).map(({ yearAmounts, ...g }) => ({
      ...g,
      recipient: undefined,
      yearAmounts: [...yearAmounts].sort((a, b) => a.year - b.year),
    })),
  };
}

it("gives every project's financing input and subject as Prisma's read of financingSelect does", async () => {
  const raw = await portfolioProjects(api.db.prisma, Prisma.sql`TRUE`);
  const read = await api.db.prisma.project.findMany({
    select: { name: true, phase: true, ...financingSelect },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  expect(raw.length).toBeGreaterThan(50);
  expect(raw.map((p) => p.id)).toEqual(read.map((p) => p.id));
  let grants = 0;
  for (const [i, p] of read.entries()) {
    const r = raw[i];
    expect([r.name, r.phase]).toEqual([p.name, p.phase]);
    expect(sorted(portfolioInput(r))).toEqual(sorted(toFinancingInput(p)));
    const subject = (s: ReturnType<typeof programmeSubject>) => ({
      ...s,
      recipientIds: [...s.recipientIds].sort(),
      recipientKinds: [...s.recipientKinds].sort(),
    });
    expect(subject(programmeSubject(r))).toEqual(subject(programmeSubject(p)));
    grants += r.grants.length;
  }
  expect(grants).toBeGreaterThan(250);
  // The amounts as Prisma's Decimal writes them.
  const amounts = raw.flatMap((p) => p.grants.map((g) => g.amountApplied));
  expect(amounts).toContain("1234.56");
  expect(raw.flatMap((p) => p.budgetYears.map((b) => b.amount))).toContain("1000000.5");
});

it("reads only the projects its filter keeps", async () => {
  const [first] = await api.db.prisma.project.findMany({ take: 1, orderBy: { name: "desc" } });
  const raw = await portfolioProjects(api.db.prisma, Prisma.sql`p."id" = ${first.id}`);
  expect(raw.map((p) => p.id)).toEqual([first.id]);
});
