import { badValue, budgetYearSchema, conflict, contributionSchema, missing, sameContribution } from "@bk/domain";
import type { z } from "zod";
import { assertCanWriteProject } from "../../auth/project-access";
import type { Tx } from "../audit/change-log";
import { auditedCreate, auditedDelete, auditedUpdate, inTransaction, missingFor, type UseCaseContext } from "../audit/use-case";
import { parseInput } from "../shared/parse-input";

/**
 * A project's budget needs and co-financing: one function per use case, each checking who may
 * change the project, validating with the domain's schemas, in one transaction, with optimistic
 * versions for edits and an audit entry in the project's trail for every change.
 */

type Contribution = z.output<typeof contributionSchema>;

async function assertProjectExists(tx: Tx, id: string) {
  if (!(await tx.project.findUnique({ where: { id }, select: { id: true } }))) throw missing("projectId", "project.missing");
}

async function assertOrganisationExists(tx: Tx, id: string) {
  if (!(await tx.organisation.findUnique({ where: { id }, select: { id: true } })))
    throw badValue("organisationId", "organisation.missing");
}

/** Refuses a second record of the same support (sameContribution). */
async function assertNoCopy(tx: Tx, projectId: string, v: Contribution, exceptId: string | null) {
  const others = await tx.contribution.findMany({
    where: { projectId, organisationId: v.organisationId, year: v.year, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { organisationId: true, year: true, kind: true, amount: true, description: true },
  });
  if (others.some((o) => sameContribution({ ...o, amount: o.amount?.toString() ?? null }, v)))
    throw conflict("contribution.duplicate", { year: v.year }, "input.amount");
}

export type BudgetYearChange = { projectId: string; input: z.input<typeof budgetYearSchema>; expectedVersion?: number | null };

/** Sets a year's need and own funding: adds the year, or changes it if it is already there. */
export async function setBudgetYear(ctx: UseCaseContext, { projectId, input, expectedVersion }: BudgetYearChange) {
  assertCanWriteProject(ctx, projectId, "financing");
  const v = parseInput(budgetYearSchema, input);
  return inTransaction(ctx, async (tx) => {
    await assertProjectExists(tx, projectId);
    const before = await tx.projectBudgetYear.findUnique({ where: { projectId_year: { projectId, year: v.year } } });
    const audit = { entityType: "ProjectBudgetYear" as const, subject: { projectId } };
    if (!before) return auditedCreate(tx, ctx, audit, () => tx.projectBudgetYear.create({ data: { projectId, ...v } }));
    return auditedUpdate(tx, ctx, { ...audit, model: "projectBudgetYear", id: before.id, expectedVersion, before }, () =>
      tx.projectBudgetYear.update({ where: { id: before.id }, data: { amount: v.amount, ownFunding: v.ownFunding, note: v.note } }),
    );
  });
}

/** Removes a year's need. */
export async function deleteBudgetYear(
  ctx: UseCaseContext,
  { projectId, year, expectedVersion }: { projectId: string; year: number; expectedVersion?: number | null },
) {
  assertCanWriteProject(ctx, projectId, "financing");
  return inTransaction(ctx, async (tx) => {
    const before = await tx.projectBudgetYear.findUnique({ where: { projectId_year: { projectId, year } } });
    if (!before) throw missing("year", "budgetYear.missing", { year });
    await auditedDelete(
      tx,
      ctx,
      { entityType: "ProjectBudgetYear", subject: { projectId }, model: "projectBudgetYear", id: before.id, expectedVersion, before },
      () => tx.projectBudgetYear.delete({ where: { id: before.id } }),
    );
  });
}

/** Records a partner's cash or in-kind support for a year. */
export async function addContribution(
  ctx: UseCaseContext,
  { projectId, input }: { projectId: string; input: z.input<typeof contributionSchema> },
) {
  assertCanWriteProject(ctx, projectId, "financing");
  const v = parseInput(contributionSchema, input);
  return inTransaction(ctx, async (tx) => {
    await assertProjectExists(tx, projectId);
    await assertOrganisationExists(tx, v.organisationId);
    await assertNoCopy(tx, projectId, v, null);
    return auditedCreate(tx, ctx, { entityType: "Contribution", subject: { projectId } }, () =>
      tx.contribution.create({ data: { projectId, ...v } }),
    );
  });
}

/** Loads a contribution and checks that the viewer may change its project (FORBIDDEN says nothing of others'). */
async function contributionToChange(ctx: UseCaseContext, tx: Tx, id: string) {
  const before = await tx.contribution.findUnique({ where: { id } });
  if (!before) throw missingFor(ctx, "write:financing", "contribution.missing");
  assertCanWriteProject(ctx, before.projectId, "financing");
  return before;
}

export type ContributionChange = { id: string; input: z.input<typeof contributionSchema>; expectedVersion?: number | null };

/** Changes a contribution, e.g. from promised to decided. */
export async function updateContribution(ctx: UseCaseContext, { id, input, expectedVersion }: ContributionChange) {
  return inTransaction(ctx, async (tx) => {
    const before = await contributionToChange(ctx, tx, id);
    const v = parseInput(contributionSchema, input);
    await assertOrganisationExists(tx, v.organisationId);
    await assertNoCopy(tx, before.projectId, v, id);
    return auditedUpdate(
      tx,
      ctx,
      { entityType: "Contribution", subject: { projectId: before.projectId }, model: "contribution", id, expectedVersion, before },
      () => tx.contribution.update({ where: { id }, data: v }),
    );
  });
}

/** Removes a contribution; returns its project's id. */
export async function deleteContribution(ctx: UseCaseContext, { id, expectedVersion }: { id: string; expectedVersion?: number | null }) {
  return inTransaction(ctx, async (tx) => {
    const before = await contributionToChange(ctx, tx, id);
    await auditedDelete(
      tx,
      ctx,
      { entityType: "Contribution", subject: { projectId: before.projectId }, model: "contribution", id, expectedVersion, before },
      () => tx.contribution.delete({ where: { id } }),
    );
    return before.projectId;
  });
}
