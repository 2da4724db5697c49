import {
  badValue,
  indicatorSchema,
  observationSchema,
  refuseChangeInProtectedGroup,
  refuseUnprotectingIndicator,
  validateObservation,
} from "@bk/domain";
import type { z } from "zod";
import { assertCanWriteProject } from "../../auth/project-access";
import type { Context } from "../../context";
import type { Tx } from "../audit/change-log";
import { assertMay, auditedCreate, auditedDelete, auditedUpdate, inTransaction, missingFor } from "../audit/use-case";
import { parseInput, storedDate } from "../shared/parse-input";
import { protectedChange, storedValues, toFacts } from "./stored-values";

/**
 * Indicators and their values: validated, one transaction, versioned and audited. Small counts of
 * people stay protected: a caller without raw access gets one answer, whatever the value, for any
 * change in a group with a hidden value (see refuseChangeInProtectedGroup).
 */

/** Besides the use-case basics: whether the caller sees raw counts, and the threshold below which counts are hidden. */
export type StatisticsContext = Pick<Context, "prisma" | "actor" | "viewer" | "rawFigures" | "smallCountThreshold">;

export async function addIndicator(ctx: StatisticsContext, { input }: { input: z.input<typeof indicatorSchema> }) {
  assertMay(ctx, "write:indicators");
  const data = parseInput(indicatorSchema, input);
  return inTransaction(ctx, (tx) => auditedCreate(tx, ctx, { entityType: "Indicator", subject: {} }, () => tx.indicator.create({ data })));
}

export async function updateIndicator(
  ctx: StatisticsContext,
  { id, input, expectedVersion }: { id: string; input: z.input<typeof indicatorSchema>; expectedVersion?: number | null },
) {
  assertMay(ctx, "write:indicators");
  const data = parseInput(indicatorSchema, input);
  return inTransaction(ctx, async (tx) => {
    const before = await tx.indicator.findUnique({ where: { id } });
    if (!before) throw missingFor(ctx, "write:indicators", "indicator.missing");
    const [indicator] = await storedValues(tx, [id]);
    refuseUnprotectingIndicator(protectedChange(ctx, [indicator]), { before: before.countsPeople, after: data.countsPeople });
    return auditedUpdate(tx, ctx, { entityType: "Indicator", subject: {}, model: "indicator", id, expectedVersion, before }, () =>
      tx.indicator.update({ where: { id }, data }),
    );
  });
}

type ObservationInput = z.input<typeof observationSchema> & { projectId?: string | null; organisationId?: string | null };
export type ObservationChange = { id: string | null; input: ObservationInput; expectedVersion?: number | null };

async function assertReferencesExist(tx: Tx, projectId: string | null, organisationId: string | null) {
  if (projectId && !(await tx.project.findUnique({ where: { id: projectId }, select: { id: true } })))
    throw badValue("projectId", "project.missing");
  if (organisationId && !(await tx.organisation.findUnique({ where: { id: organisationId }, select: { id: true } })))
    throw badValue("organisationId", "organisation.missing");
}

/**
 * Adds a value (id null) or changes one; refuses impossible values without storing anything.
 * A project lead may only enter values of their own projects, and only move a value between them.
 */
export async function saveObservation(ctx: StatisticsContext, { id, input, expectedVersion }: ObservationChange) {
  const projectId = input.projectId ?? null;
  const organisationId = input.organisationId ?? null;
  // The project the value is entered for (a project lead's own), before anything is read.
  assertCanWriteProject(ctx, projectId, "statistics");
  const v = parseInput(observationSchema, input);
  return inTransaction(ctx, async (tx) => {
    const stored = id ? await tx.observation.findUnique({ where: { id } }) : null;
    if (id && !stored) throw missingFor(ctx, "write:statistics", "observation.missing");
    // …and the project it belongs to now, when it is moved.
    if (stored) assertCanWriteProject(ctx, stored.projectId, "statistics");
    const current = stored ? toFacts(stored) : null;
    const indicators = await storedValues(tx, [v.indicatorId, ...(current ? [current.indicatorId] : [])]);
    const indicator = indicators.find((i) => i.id === v.indicatorId);
    if (!indicator) throw badValue("indicatorId", "indicator.missing");
    await assertReferencesExist(tx, projectId, organisationId);
    const { periodStart, periodEnd, breakdown, value, indicatorId } = v;
    const next = { id: id ?? undefined, indicatorId, projectId, organisationId, periodStart, periodEnd, breakdown, value };
    refuseChangeInProtectedGroup(protectedChange(ctx, indicators), current ? [next, current] : [next], "input.value");
    validateObservation(next, indicator.values, indicator.countsPeople);
    const data = {
      indicatorId,
      projectId,
      organisationId,
      periodStart: storedDate(periodStart) as Date,
      periodEnd: storedDate(periodEnd) as Date,
      breakdown,
      value: String(value),
      note: v.note,
    };
    const audit = { entityType: "Observation" as const, subject: { projectId } };
    if (!stored) return auditedCreate(tx, ctx, audit, () => tx.observation.create({ data }));
    return auditedUpdate(tx, ctx, { ...audit, model: "observation", id: stored.id, expectedVersion, before: stored }, () =>
      tx.observation.update({ where: { id: stored.id }, data }),
    );
  });
}

export async function deleteObservation(ctx: StatisticsContext, { id, expectedVersion }: { id: string; expectedVersion?: number | null }) {
  return inTransaction(ctx, async (tx) => {
    const before = await tx.observation.findUnique({ where: { id } });
    if (!before) throw missingFor(ctx, "write:statistics", "observation.missing");
    assertCanWriteProject(ctx, before.projectId, "statistics");
    // Deleting a total would show the breakdowns it hid (see refuseChangeInProtectedGroup).
    refuseChangeInProtectedGroup(protectedChange(ctx, await storedValues(tx, [before.indicatorId])), [toFacts(before)], "id");
    const subject = { projectId: before.projectId };
    await auditedDelete(tx, ctx, { entityType: "Observation", subject, model: "observation", id, expectedVersion, before }, () =>
      tx.observation.delete({ where: { id } }),
    );
  });
}
