import type { Prisma } from "@bk/domain/server";
import type { Actor } from "../../context";
import { AppError } from "../../errors";

export type Tx = Prisma.TransactionClient;
export type { Actor };

/** Fields that are bookkeeping, not content, and never appear in the audit trail. */
const IGNORED = new Set(["updatedAt", "createdAt", "version", "searchText", "id", "grantId", "seedKey"]);

/** A value as the audit trail stores it: dates as ISO days, amounts as exact strings. */
export function auditValue(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object" && "toFixed" in (v as object)) return String(v);
  return typeof v === "string" ? v : JSON.stringify(v);
}

/** The fields whose stored value differs between two versions of a record. */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown>) {
  return Object.keys(after)
    .filter((k) => !IGNORED.has(k))
    .map((field) => ({ field, before: auditValue(before?.[field]), after: auditValue(after[field]) }))
    .filter((c) => c.before !== c.after);
}

/**
 * Optimistic locking: raises the grant's version by one if it still is `expectedVersion`,
 * otherwise refuses with CONFLICT so that nothing newer is overwritten. Returns the new version.
 */
export async function bumpVersion(tx: Tx, grantId: string, expectedVersion: number): Promise<number> {
  const res = await tx.grant.updateMany({ where: { id: grantId, version: expectedVersion }, data: { version: { increment: 1 } } });
  if (res.count === 1) return expectedVersion + 1;
  const current = await tx.grant.findUnique({ where: { id: grantId }, select: { version: true } });
  if (!current) throw new AppError("NOT_FOUND", "Bidraget finns inte");
  throw new AppError(
    "CONFLICT",
    `Bidraget har ändrats av någon annan sedan du öppnade det (version ${current.version}, du hade ${expectedVersion}). Ladda om och gör ändringen igen.`,
    { field: "expectedVersion", currentVersion: current.version },
  );
}

type Change = {
  grantId: string;
  entityType: "Grant" | "Condition" | "ReportRequirement" | "Disbursement" | "GrantYearAmount";
  entityId: string;
  action: string;
  actor: Actor;
  version: number;
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
};

/** Writes one audit entry per changed field (or one for an event that changes nothing visible). */
export async function recordChange(tx: Tx, c: Change) {
  const fields = changedFields(c.before, c.after);
  const base = {
    grantId: c.grantId,
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
