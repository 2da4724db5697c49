import { missing, type Permission, type ReasonKey } from "@bk/domain";
import { forbidden } from "../../auth/auth-errors";
import type { Context } from "../../context";
import { type AuditedEntity, type ChangeSubject, recordChange, type Tx } from "./change-log";
import { bumpVersion, type VersionedModel } from "./versions";

/** What every use case needs: the database, who acts, and what they may do. */
export type UseCaseContext = Pick<Context, "prisma" | "actor" | "viewer">;

/** One use case, one transaction. */
export function inTransaction<T>(ctx: UseCaseContext, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return ctx.prisma.$transaction(fn, { timeout: 20_000 });
}

type Audit = { entityType: AuditedEntity; subject: ChangeSubject };

/** Creates a record (version 1) and records it in the audit trail. */
export async function auditedCreate<T extends { id: string }>(tx: Tx, ctx: UseCaseContext, a: Audit, write: () => Promise<T>) {
  const after = await write();
  await recordChange(tx, { ...a, entityId: after.id, action: "created", actor: ctx.actor, version: 1, before: null, after });
  return after;
}

type Existing = Audit & {
  model: VersionedModel;
  id: string;
  expectedVersion?: number | null;
  before: Record<string, unknown>;
  action?: string;
};

/** Changes a record if nobody else has since `expectedVersion`, and records what changed. */
export async function auditedUpdate<T extends { id: string }>(tx: Tx, ctx: UseCaseContext, e: Existing, write: () => Promise<T>) {
  const version = await bumpVersion(tx, e.model, e.id, e.expectedVersion);
  const after = await write();
  await recordChange(tx, {
    ...auditOf(e),
    entityId: e.id,
    action: e.action ?? "updated",
    actor: ctx.actor,
    version,
    before: e.before,
    after,
  });
  return after;
}

/** Deletes a record if nobody has changed it since `expectedVersion`; the trail keeps what it held. */
export async function auditedDelete(tx: Tx, ctx: UseCaseContext, e: Existing, remove: () => Promise<unknown>) {
  const version = await bumpVersion(tx, e.model, e.id, e.expectedVersion);
  await remove();
  await recordChange(tx, { ...auditOf(e), entityId: e.id, action: "deleted", actor: ctx.actor, version, before: e.before, after: null });
}

const auditOf = (e: Existing): Audit => ({ entityType: e.entityType, subject: e.subject });

/**
 * A record that was not found: NOT_FOUND to a viewer who may change all such records, FORBIDDEN
 * to others, so that nobody learns whether a record they may not see exists.
 */
export function missingFor(ctx: Pick<Context, "viewer">, broad: Permission, reason: ReasonKey, field = "id") {
  return ctx.viewer?.permissions.has(broad) ? missing(field, reason) : forbidden();
}

/** Refuses (FORBIDDEN) unless the viewer's roles hold the permission: each use case checks its own, whoever calls it. */
export function assertMay(ctx: Pick<Context, "viewer">, permission: Permission) {
  if (!ctx.viewer?.permissions.has(permission)) throw forbidden();
}
