import type { Actor } from "../../context";
import { type AuditedEntity, recordChange as recordAnyChange, type Tx } from "../audit/change-log";
import { bumpVersion as bumpAnyVersion } from "../audit/versions";

export type { Actor, Tx };

/**
 * Optimistic locking of a grant and its parts (conditions, reports, payments, year amounts share
 * the grant's version): raises it by one if it still is `expectedVersion`, else CONFLICT.
 */
export const bumpVersion = (tx: Tx, grantId: string, expectedVersion: number) => bumpAnyVersion(tx, "grant", grantId, expectedVersion);

type GrantChange = {
  grantId: string;
  entityType: Extract<AuditedEntity, "Grant" | "Condition" | "ReportRequirement" | "Disbursement" | "GrantYearAmount">;
  entityId: string;
  action: string;
  actor: Actor;
  version: number;
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
};

/** A change to a grant or one of its parts, in the grant's trail (and its project's, see the grant's projectId). */
export const recordChange = (tx: Tx, { grantId, ...c }: GrantChange) => recordAnyChange(tx, { ...c, subject: { grantId } });
