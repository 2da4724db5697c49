import type { Prisma } from "@bk/domain/server";
import type { Actor } from "../../context";

export type Tx = Prisma.TransactionClient;

/** The kinds of record whose changes the audit trail keeps. */
export type AuditedEntity =
  | "Grant"
  | "Condition"
  | "ReportRequirement"
  | "Disbursement"
  | "GrantYearAmount"
  | "ProjectBudgetYear"
  | "Contribution"
  | "PartnerRole"
  | "Evaluation"
  | "EvaluationAnswer"
  | "Organisation"
  | "Agreement"
  | "Indicator"
  | "Observation"
  | "SavedQuery"
  | "OpenDataSettings";

/** Where a change shows up besides its own record: its grant's trail and/or its project's. */
export type ChangeSubject = { grantId?: string | null; projectId?: string | null };

/** Fields that are bookkeeping, not content, and never appear in the audit trail. */
const IGNORED = new Set(["updatedAt", "createdAt", "version", "searchText", "id", "grantId", "seedKey"]);

/** A value as the audit trail stores it: dates as ISO days, amounts as exact strings. */
export function auditValue(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object" && "toFixed" in (v as object)) return String(v);
  return typeof v === "string" ? v : JSON.stringify(v);
}

/** The fields whose stored value differs between two versions of a record (a deletion: `after` null). */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null) {
  const keys = Object.keys(after ?? before ?? {});
  return keys
    .filter((k) => !IGNORED.has(k))
    .map((field) => ({ field, before: auditValue(before?.[field]), after: auditValue(after?.[field]) }))
    .filter((c) => c.before !== c.after);
}

export type Change = {
  subject: ChangeSubject;
  entityType: AuditedEntity;
  entityId: string;
  /** created, updated, deleted, or a lifecycle event (submitted, decided, paid …). */
  action: string;
  actor: Actor;
  /** The record's version after the change (for a grant's parts: the grant's). */
  version: number;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

/** Writes one audit entry per changed field (or one for an event that changes nothing visible). */
export async function recordChange(tx: Tx, c: Change) {
  const fields = changedFields(c.before, c.after);
  const base = {
    grantId: c.subject.grantId ?? null,
    projectId: c.subject.projectId ?? null,
    entityType: c.entityType,
    entityId: c.entityId,
    action: c.action,
    actor: c.actor.name,
    actorUserId: c.actor.userId,
    version: c.version,
  };
  if (!fields.length) {
    await tx.auditEntry.create({ data: base });
    return;
  }
  await tx.auditEntry.createMany({ data: fields.map((f) => ({ ...base, ...f })) });
}
