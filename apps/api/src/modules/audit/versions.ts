import { conflict, missing } from "@bk/domain";
import type { Tx } from "./change-log";

/** The tables whose rows carry a `version` for optimistic locking. */
export type VersionedModel =
  | "grant"
  | "organisation"
  | "projectBudgetYear"
  | "partnerRole"
  | "contribution"
  | "agreement"
  | "evaluation"
  | "indicator"
  | "observation"
  | "savedQuery"
  | "openDataSettings";

// Every versioned delegate has these two calls; Prisma's per-model types do not share a type for them.
type VersionDelegate = {
  updateMany(args: { where: { id: string; version?: number }; data: { version: { increment: number } } }): Promise<{ count: number }>;
  findUnique(args: { where: { id: string }; select: { version: true } }): Promise<{ version: number } | null>;
};

/**
 * Optimistic locking: raises the row's version by one if it still is `expectedVersion`, otherwise
 * refuses with CONFLICT (reason record.changedByOthers, with both versions) so that nothing newer
 * is overwritten. Without an expected version (an older client) the row's version is raised all the
 * same. Returns the new version.
 */
export async function bumpVersion(tx: Tx, model: VersionedModel, id: string, expectedVersion?: number | null): Promise<number> {
  const delegate = tx[model] as unknown as VersionDelegate;
  const checked = expectedVersion !== undefined && expectedVersion !== null;
  const res = await delegate.updateMany({
    where: checked ? { id, version: expectedVersion } : { id },
    data: { version: { increment: 1 } },
  });
  const current = await delegate.findUnique({ where: { id }, select: { version: true } });
  if (!current) throw missing("id");
  if (res.count === 1) return current.version;
  throw conflict(
    "record.changedByOthers",
    { currentVersion: current.version, expectedVersion: expectedVersion ?? null },
    "expectedVersion",
  );
}
