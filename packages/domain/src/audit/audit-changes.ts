/** One stored audit row: the trail keeps one per changed field (or one for an event without fields). */
export type AuditRow = {
  id: string;
  createdAt: Date;
  entityType: string;
  entityId: string;
  action: string;
  field: string | null;
  before: string | null;
  after: string | null;
  actor: string;
  version: number;
};

/** One change as a person made it: its rows (one per field), the first row's who, when and what. */
export type AuditChange<R extends AuditRow = AuditRow> = {
  id: string;
  createdAt: Date;
  actor: string;
  entityType: string;
  entityId: string;
  action: string;
  version: number;
  rows: R[];
};

/**
 * What the rows of one change share (one action of one person on one record, the version it
 * produced): the grouping here and the database's (`GROUP BY` when changes are paged) use these.
 */
export const AUDIT_CHANGE_KEY = ["entityId", "action", "version", "actor"] as const;

/** A change's key as one string, from any of its rows (or a database group of them). */
export const auditChangeKey = (r: Pick<AuditRow, (typeof AUDIT_CHANGE_KEY)[number]>) => JSON.stringify(AUDIT_CHANGE_KEY.map((k) => r[k]));

/**
 * Groups audit rows (in the order given) into changes. The rows of one change share the record,
 * the action and the version the change produced; a grant's year split is recorded under the
 * grant's id, so it joins the grant's edit of the same version.
 */
export function groupAuditChanges<R extends AuditRow>(rows: readonly R[]): AuditChange<R>[] {
  const byKey = new Map<string, AuditChange<R>>();
  for (const r of rows) {
    const key = auditChangeKey(r);
    const known = byKey.get(key);
    if (known) known.rows.push(r);
    else byKey.set(key, { ...pick(r), rows: [r] });
  }
  return [...byKey.values()];
}

const pick = ({ id, createdAt, actor, entityType, entityId, action, version }: AuditRow) => ({
  id,
  createdAt,
  actor,
  entityType,
  entityId,
  action,
  version,
});
