import type { Prisma, PrismaClient } from "@bk/domain/server";

/**
 * Test factories: the same building blocks the seed uses, with defaults, so tests create
 * exactly the rows they need against a real database.
 */
let n = 0;
const next = () => ++n;

type Db = PrismaClient | Prisma.TransactionClient;

export function createOrganisation(db: Db, data: Partial<Prisma.OrganisationUncheckedCreateInput> = {}) {
  const i = next();
  return db.organisation.create({ data: { name: `Organisation ${i}`, kind: "NGO", ...data } });
}

export function createProject(db: Db, data: Partial<Prisma.ProjectUncheckedCreateInput> = {}) {
  const i = next();
  return db.project.create({ data: { name: `Projekt ${i}`, phase: "PROJECT", ...data } });
}

/** A decided grant with a funder, a recipient, a project, a condition and a per-year split. */
export async function createGrant(db: Db, data: Partial<Prisma.GrantUncheckedCreateInput> = {}) {
  const i = next();
  const funderId = data.funderId ?? (await createOrganisation(db, { kind: "COUNTY_BOARD" })).id;
  const recipientId = data.recipientId ?? (await createOrganisation(db, { kind: "MUNICIPALITY", municipality: "Stockholm" })).id;
  const projectId = data.projectId ?? (await createProject(db, { ownerId: recipientId })).id;
  return db.grant.create({
    data: {
      title: `Bidrag ${i}`,
      funderId,
      applicantId: recipientId,
      recipientId,
      projectId,
      amountApplied: "900000",
      amountGranted: "500000",
      status: "PARTIALLY_GRANTED",
      periodStartYear: 2010,
      periodEndYear: 2010,
      yearAmounts: { create: [{ year: 2010, amountApplied: "900000", amountGranted: "500000" }] },
      conditions: { create: [{ text: `Villkor ${i}`, blocksPayment: true }] },
      ...data,
    },
  });
}
