import {
  assertTransition,
  assertTransitionRequirements,
  conditionResolutionSchema,
  conditionSchema,
  conflict,
  decisionSchema,
  disbursementSchema,
  EDITABLE,
  type GrantStatus,
  grantApplicationSchema,
  PAYABLE,
  reportSchema,
  validateDecision,
  validateDisbursement,
} from "@bk/domain";
import type { z } from "zod";
import type { Context } from "../../context";
import { AppError } from "../../errors";
import { type UseCaseContext as AnyUseCaseContext, assertMay, inTransaction } from "../audit/use-case";
import { parseInput, storedDate } from "../shared/parse-input";
import { bumpVersion, recordChange, type Tx } from "./grant-audit";

/** A grant use case also needs the day (a submission without a date is submitted today). */
export type UseCaseContext = AnyUseCaseContext & Pick<Context, "today">;

const date = storedDate;
const parse = parseInput;

/** Every grant use case: the viewer must hold write:grants, whoever calls it; then one transaction. */
function changeGrants<T>(ctx: UseCaseContext, fn: (tx: Tx) => Promise<T>): Promise<T> {
  assertMay(ctx, "write:grants");
  return inTransaction(ctx, fn);
}

async function loadGrant(tx: Tx, id: string) {
  const grant = await tx.grant.findUnique({ where: { id } });
  if (!grant) throw new AppError("NOT_FOUND", "Bidraget finns inte", { field: "id" });
  return grant;
}

async function assertOrganisationsExist(tx: Tx, ids: Record<string, string>) {
  const found = await tx.organisation.findMany({ where: { id: { in: Object.values(ids) } }, select: { id: true } });
  const known = new Set(found.map((o) => o.id));
  for (const [field, id] of Object.entries(ids)) {
    if (!known.has(id)) throw new AppError("BAD_USER_INPUT", `input.${field}: organisationen finns inte`, { field: `input.${field}` });
  }
}

/** The common tail of a change: raise the grant's version, write, and record what changed. */
async function audited<T extends { id: string }>(
  tx: Tx,
  ctx: UseCaseContext,
  c: {
    grantId: string;
    expectedVersion: number;
    entityType: Parameters<typeof recordChange>[1]["entityType"];
    action: string;
    before: Record<string, unknown> | null;
  },
  write: () => Promise<T>,
): Promise<T> {
  const version = await bumpVersion(tx, c.grantId, c.expectedVersion);
  const after = await write();
  await recordChange(tx, {
    grantId: c.grantId,
    entityType: c.entityType,
    entityId: after.id,
    action: c.action,
    actor: ctx.actor,
    version,
    before: c.before,
    after,
  });
  return after;
}

export type GrantApplicationOptions = { input: z.input<typeof grantApplicationSchema> };

/** Creates an application (draft) with its per-year split. */
export async function createGrantApplication(ctx: UseCaseContext, { input }: GrantApplicationOptions): Promise<string> {
  const v = parse(grantApplicationSchema, input);
  return changeGrants(ctx, async (tx) => {
    await assertOrganisationsExist(tx, { funderId: v.funderId, applicantId: v.applicantId, recipientId: v.recipientId });
    const { yearAmounts, applicationDeadline, ...fields } = v;
    const grant = await tx.grant.create({
      data: {
        ...fields,
        programmeId: v.programmeId ?? null,
        projectId: v.projectId ?? null,
        applicationDeadline: date(applicationDeadline),
        status: "DRAFT",
        yearAmounts: { create: yearAmounts.map((y) => ({ year: y.year, amountApplied: y.amountApplied })) },
      },
    });
    await recordChange(tx, {
      grantId: grant.id,
      entityType: "Grant",
      entityId: grant.id,
      action: "created",
      actor: ctx.actor,
      version: 1,
      before: null,
      after: grant,
    });
    return grant.id;
  });
}

export type UpdateGrantOptions = GrantApplicationOptions & { id: string; expectedVersion: number };

/** Edits the application while it is a draft or submitted (before any decision). */
export async function updateGrantApplication(ctx: UseCaseContext, { id, expectedVersion, input }: UpdateGrantOptions): Promise<string> {
  const v = parse(grantApplicationSchema, input);
  return changeGrants(ctx, async (tx) => {
    const before = await loadGrant(tx, id);
    if (!EDITABLE.includes(before.status)) throw conflict("Ansökan kan inte ändras efter beslut", {}, "status");
    await assertOrganisationsExist(tx, { funderId: v.funderId, applicantId: v.applicantId, recipientId: v.recipientId });
    const version = await bumpVersion(tx, id, expectedVersion);
    const oldSplit = await tx.grantYearAmount.findMany({ where: { grantId: id }, orderBy: { year: "asc" } });
    const { yearAmounts, applicationDeadline, ...fields } = v;
    const after = await tx.grant.update({
      where: { id },
      data: {
        ...fields,
        programmeId: v.programmeId ?? null,
        projectId: v.projectId ?? null,
        applicationDeadline: date(applicationDeadline),
      },
    });
    await tx.grantYearAmount.deleteMany({ where: { grantId: id } });
    await tx.grantYearAmount.createMany({ data: yearAmounts.map((y) => ({ grantId: id, year: y.year, amountApplied: y.amountApplied })) });
    await recordChange(tx, { grantId: id, entityType: "Grant", entityId: id, action: "updated", actor: ctx.actor, version, before, after });
    const split = (rows: { year: number; amountApplied: unknown }[]) => rows.map((r) => `${r.year}: ${String(r.amountApplied)}`).join(", ");
    await recordChange(tx, {
      grantId: id,
      entityType: "GrantYearAmount",
      entityId: id,
      action: "updated",
      actor: ctx.actor,
      version,
      before: { yearAmounts: split(oldSplit) },
      after: { yearAmounts: split(yearAmounts) },
    });
    return id;
  });
}

export type StatusOptions = { id: string; expectedVersion: number };

/** Submits a draft; the submission date is the given one or today. */
export async function submitGrant(
  ctx: UseCaseContext,
  { id, expectedVersion, submittedDate }: StatusOptions & { submittedDate?: string | null },
) {
  return changeGrants(ctx, async (tx) => {
    const before = await loadGrant(tx, id);
    assertTransition(before.status, "SUBMITTED");
    if (!before.amountApplied)
      throw new AppError("BAD_USER_INPUT", "input.amountApplied: sökt belopp måste anges", { field: "input.amountApplied" });
    await audited(tx, ctx, { grantId: id, expectedVersion, entityType: "Grant", action: "submitted", before: before }, () =>
      tx.grant.update({
        where: { id },
        data: {
          status: "SUBMITTED",
          submittedDate: date(submittedDate) ?? ctx.today,
          submittedPrecision: "DAY",
        },
      }),
    );
    return id;
  });
}

export type DecideOptions = StatusOptions & { input: z.input<typeof decisionSchema> };

/** Records the decision: amount, date, reference number and text; a partial grant keeps both amounts. */
export async function decideGrant(ctx: UseCaseContext, { id, expectedVersion, input }: DecideOptions) {
  const v = parse(decisionSchema, input);
  return changeGrants(ctx, async (tx) => {
    const before = await loadGrant(tx, id);
    const { amountGranted } = validateDecision(
      before.status,
      before.amountApplied?.toString() ?? null,
      {
        outcome: v.outcome,
        amountGranted: v.amountGranted,
        decisionDate: date(v.decisionDate),
        allowAboveApplied: v.allowAboveApplied,
      },
      before.submittedDate,
    );
    const version = await bumpVersion(tx, id, expectedVersion);
    const after = await tx.grant.update({
      where: { id },
      data: {
        status: v.outcome,
        amountGranted,
        decisionDate: date(v.decisionDate),
        decisionPrecision: "DAY",
        decisionText: v.decisionText ?? before.decisionText,
        funderReference: v.funderReference ?? before.funderReference,
      },
    });
    // A one-year split takes the whole decision; a longer split is left for the officer to divide.
    const split = await tx.grantYearAmount.findMany({ where: { grantId: id } });
    if (split.length === 1) await tx.grantYearAmount.update({ where: { id: split[0].id }, data: { amountGranted } });
    await recordChange(tx, { grantId: id, entityType: "Grant", entityId: id, action: "decided", actor: ctx.actor, version, before, after });
    return id;
  });
}

export type TransitionOptions = StatusOptions & { to: Extract<GrantStatus, "ACTIVE" | "REPORTED" | "CLOSED" | "WITHDRAWN"> };

/** Activates, marks as reported, closes or withdraws a grant, if its state allows. */
export async function transitionGrant(ctx: UseCaseContext, { id, expectedVersion, to }: TransitionOptions) {
  return changeGrants(ctx, async (tx) => {
    const before = await loadGrant(tx, id);
    const [conditions, reports, disbursements] = await Promise.all([
      tx.condition.findMany({ where: { grantId: id }, select: { status: true } }),
      tx.reportRequirement.findMany({ where: { grantId: id }, select: { kind: true, status: true } }),
      tx.disbursement.findMany({ where: { grantId: id }, select: { status: true } }),
    ]);
    assertTransitionRequirements(before.status, to, { conditions, reports, disbursements });
    await audited(tx, ctx, { grantId: id, expectedVersion, entityType: "Grant", action: to.toLowerCase(), before: before }, () =>
      tx.grant.update({ where: { id }, data: { status: to } }),
    );
    return id;
  });
}

async function assertDecidedInFavour(tx: Tx, grantId: string, what: string) {
  const grant = await loadGrant(tx, grantId);
  if (!PAYABLE.includes(grant.status)) throw conflict(`${what} hör till ett beviljat bidrag; registrera beslutet först`, {}, "status");
  return grant;
}

export type ConditionOptions = { grantId: string; expectedVersion: number; input: z.input<typeof conditionSchema> };

export async function addCondition(ctx: UseCaseContext, { grantId, expectedVersion, input }: ConditionOptions) {
  const v = parse(conditionSchema, input);
  return changeGrants(ctx, async (tx) => {
    await assertDecidedInFavour(tx, grantId, "Villkor");
    await audited(tx, ctx, { grantId: grantId, expectedVersion, entityType: "Condition", action: "created", before: null }, () =>
      tx.condition.create({
        data: { grantId, text: v.text, dueDate: date(v.dueDate), blocksPayment: v.blocksPayment, evidence: v.evidence },
      }),
    );
    return grantId;
  });
}

async function loadPart<T extends { grantId: string }>(find: Promise<T | null>, what: string): Promise<T> {
  const part = await find;
  if (!part) throw new AppError("NOT_FOUND", `${what} finns inte`, { field: "id" });
  return part;
}

export type UpdateConditionOptions = { id: string; expectedVersion: number; input: z.input<typeof conditionSchema> };

export async function updateCondition(ctx: UseCaseContext, { id, expectedVersion, input }: UpdateConditionOptions) {
  const v = parse(conditionSchema, input);
  return changeGrants(ctx, async (tx) => {
    const before = await loadPart(tx.condition.findUnique({ where: { id } }), "Villkoret");
    await audited(tx, ctx, { grantId: before.grantId, expectedVersion, entityType: "Condition", action: "updated", before: before }, () =>
      tx.condition.update({
        where: { id },
        data: { text: v.text, dueDate: date(v.dueDate), blocksPayment: v.blocksPayment, evidence: v.evidence },
      }),
    );
    return before.grantId;
  });
}

export type ResolveConditionOptions = { id: string; expectedVersion: number; input: z.input<typeof conditionResolutionSchema> };

/** Marks an open condition fulfilled or waived, with the date and who judged it. */
export async function resolveCondition(ctx: UseCaseContext, { id, expectedVersion, input }: ResolveConditionOptions) {
  const v = parse(conditionResolutionSchema, input);
  return changeGrants(ctx, async (tx) => {
    const before = await loadPart(tx.condition.findUnique({ where: { id } }), "Villkoret");
    if (before.status !== "OPEN") throw conflict("Villkoret är redan avklarat", {}, "status");
    await audited(
      tx,
      ctx,
      { grantId: before.grantId, expectedVersion, entityType: "Condition", action: v.status.toLowerCase(), before: before },
      () =>
        tx.condition.update({
          where: { id },
          data: { status: v.status, resolvedDate: date(v.resolvedDate), resolvedBy: v.resolvedBy, evidence: v.evidence ?? before.evidence },
        }),
    );
    return before.grantId;
  });
}

const reportData = (v: z.output<typeof reportSchema>) => ({
  kind: v.kind,
  title: v.title,
  dueDate: date(v.dueDate),
  status: v.status,
  receivedDate: date(v.receivedDate),
  approvedDate: date(v.approvedDate),
});

export type ReportOptions = { grantId: string; expectedVersion: number; input: z.input<typeof reportSchema> };

export async function addReportRequirement(ctx: UseCaseContext, { grantId, expectedVersion, input }: ReportOptions) {
  const v = parse(reportSchema, input);
  return changeGrants(ctx, async (tx) => {
    await assertDecidedInFavour(tx, grantId, "Återrapportering");
    await audited(tx, ctx, { grantId: grantId, expectedVersion, entityType: "ReportRequirement", action: "created", before: null }, () =>
      tx.reportRequirement.create({ data: { grantId, ...reportData(v) } }),
    );
    return grantId;
  });
}

export type UpdateReportOptions = { id: string; expectedVersion: number; input: z.input<typeof reportSchema> };

export async function updateReportRequirement(ctx: UseCaseContext, { id, expectedVersion, input }: UpdateReportOptions) {
  const v = parse(reportSchema, input);
  return changeGrants(ctx, async (tx) => {
    const before = await loadPart(tx.reportRequirement.findUnique({ where: { id } }), "Rapporten");
    await audited(
      tx,
      ctx,
      { grantId: before.grantId, expectedVersion, entityType: "ReportRequirement", action: "updated", before: before },
      () => tx.reportRequirement.update({ where: { id }, data: reportData(v) }),
    );
    return before.grantId;
  });
}

async function checkDisbursement(tx: Tx, grantId: string, exceptId: string | null, next: { amount: string; status: "PLANNED" | "PAID" }) {
  const grant = await loadGrant(tx, grantId);
  const [others, conditions] = await Promise.all([
    tx.disbursement.findMany({ where: { grantId, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { amount: true } }),
    tx.condition.findMany({ where: { grantId }, select: { status: true, blocksPayment: true, text: true } }),
  ]);
  validateDisbursement({
    grant: { status: grant.status, amountGranted: grant.amountGranted?.toString() ?? null },
    others: others.map((o) => ({ amount: o.amount.toString() })),
    conditions,
    next,
  });
  return grant;
}

export type DisbursementOptions = { grantId: string; expectedVersion: number; input: z.input<typeof disbursementSchema> };

/** Plans or records a payment: never above the granted amount, never paid past an open blocking condition. */
export async function addDisbursement(ctx: UseCaseContext, { grantId, expectedVersion, input }: DisbursementOptions) {
  const v = parse(disbursementSchema, input);
  return changeGrants(ctx, async (tx) => {
    await checkDisbursement(tx, grantId, null, v);
    await audited(
      tx,
      ctx,
      { grantId: grantId, expectedVersion, entityType: "Disbursement", action: v.status === "PAID" ? "paid" : "planned", before: null },
      () =>
        tx.disbursement.create({
          data: { grantId, amount: v.amount, plannedDate: date(v.plannedDate), paidDate: date(v.paidDate), status: v.status },
        }),
    );
    return grantId;
  });
}

export type UpdateDisbursementOptions = { id: string; expectedVersion: number; input: z.input<typeof disbursementSchema> };

export async function updateDisbursement(ctx: UseCaseContext, { id, expectedVersion, input }: UpdateDisbursementOptions) {
  const v = parse(disbursementSchema, input);
  return changeGrants(ctx, async (tx) => {
    const before = await loadPart(tx.disbursement.findUnique({ where: { id } }), "Utbetalningen");
    if (before.status === "PAID") throw conflict("En gjord utbetalning kan inte ändras", {}, "status");
    await checkDisbursement(tx, before.grantId, id, v);
    await audited(
      tx,
      ctx,
      {
        grantId: before.grantId,
        expectedVersion,
        entityType: "Disbursement",
        action: v.status === "PAID" ? "paid" : "updated",
        before: before,
      },
      () =>
        tx.disbursement.update({
          where: { id },
          data: { amount: v.amount, plannedDate: date(v.plannedDate), paidDate: date(v.paidDate), status: v.status },
        }),
    );
    return before.grantId;
  });
}
