import { type AuditChange, type AuditRow, groupAuditChanges } from "../audit/audit-changes";
import type { ConditionStatus, DatePrecision, DisbursementStatus, ReportStatus } from "../generated/prisma/enums";

export type TimelineEvent = {
  /** ISO date (or instant for changes); null when the source gives none. */
  date: string | null;
  precision: DatePrecision;
  kind:
    | "DEADLINE"
    | "SUBMITTED"
    | "DECIDED"
    | "CONDITION_DUE"
    | "CONDITION_RESOLVED"
    | "REPORT_DUE"
    | "REPORT_RECEIVED"
    | "REPORT_APPROVED"
    | "PAYMENT_PLANNED"
    | "PAYMENT_PAID"
    | "CHANGE";
  title: string;
  detail: string | null;
  /** Open, fulfilled, due, paid… for items that have a state. */
  state: string | null;
  /** Who made a recorded change. */
  actor: string | null;
  /** The recorded change itself (kind CHANGE), for wording it field by field. */
  change: AuditChange | null;
};

type TimelineGrant = {
  applicationDeadline: Date | null;
  submittedDate: Date | null;
  submittedPrecision: DatePrecision;
  decisionDate: Date | null;
  decisionPrecision: DatePrecision;
  decisionText: string | null;
  status: string;
  amountGranted: string | null;
  conditions: { text: string; dueDate: Date | null; status: ConditionStatus; resolvedDate: Date | null; resolvedBy: string | null }[];
  reports: { title: string; dueDate: Date | null; status: ReportStatus; receivedDate: Date | null; approvedDate: Date | null }[];
  disbursements: { amount: string; plannedDate: Date | null; paidDate: Date | null; status: DisbursementStatus }[];
  audit: AuditRow[];
};

/** What a recorded change was, in Swedish, by entity and action. */
const CHANGE_TITLES: Record<string, string> = {
  "Grant:created": "Ansökan registrerad",
  "Grant:updated": "Ansökan ändrad",
  "Grant:submitted": "Ansökan inskickad",
  "Grant:decided": "Beslut registrerat",
  "Grant:active": "Bidraget taget i bruk",
  "Grant:reported": "Bidraget markerat som redovisat",
  "Grant:closed": "Bidraget avslutat",
  "Grant:withdrawn": "Bidraget återtaget",
  "GrantYearAmount:updated": "Årsfördelning ändrad",
  "Condition:created": "Villkor tillagt",
  "Condition:updated": "Villkor ändrat",
  "Condition:fulfilled": "Villkor uppfyllt",
  "Condition:waived": "Villkor efterskänkt",
  "ReportRequirement:created": "Rapport tillagd",
  "ReportRequirement:updated": "Rapport ändrad",
  "Disbursement:planned": "Utbetalning planerad",
  "Disbursement:paid": "Utbetalning gjord",
  "Disbursement:updated": "Utbetalning ändrad",
};

/** Fields whose values are ids or bookkeeping: counted as changed but not spelled out. */
const QUIET_FIELDS = new Set([
  "funderId",
  "applicantId",
  "recipientId",
  "programmeId",
  "projectId",
  "currency",
  "submittedPrecision",
  "decisionPrecision",
]);

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** One chronological view of a grant: applied, decided, each condition, report and payment, each change. */
export function grantTimeline(g: TimelineGrant): TimelineEvent[] {
  const ev = (e: Partial<TimelineEvent> & Pick<TimelineEvent, "kind" | "title">): TimelineEvent => ({
    date: null,
    precision: "DAY",
    detail: null,
    state: null,
    actor: null,
    change: null,
    ...e,
  });
  const events: TimelineEvent[] = [];
  if (g.applicationDeadline) events.push(ev({ kind: "DEADLINE", title: "Sista ansökningsdag", date: iso(g.applicationDeadline) }));
  if (g.submittedDate)
    events.push(ev({ kind: "SUBMITTED", title: "Ansökan inlämnad", date: iso(g.submittedDate), precision: g.submittedPrecision }));
  if (g.decisionDate) {
    events.push(
      ev({
        kind: "DECIDED",
        title: "Beslut",
        date: iso(g.decisionDate),
        precision: g.decisionPrecision,
        detail: g.decisionText,
        state: g.status,
      }),
    );
  }
  for (const c of g.conditions) {
    events.push(ev({ kind: "CONDITION_DUE", title: "Villkor ska vara uppfyllt", date: iso(c.dueDate), detail: c.text, state: c.status }));
    if (c.resolvedDate) {
      events.push(
        ev({
          kind: "CONDITION_RESOLVED",
          title: "Villkor avklarat",
          date: iso(c.resolvedDate),
          detail: c.text,
          state: c.status,
          actor: c.resolvedBy,
        }),
      );
    }
  }
  for (const r of g.reports) {
    events.push(ev({ kind: "REPORT_DUE", title: "Rapport ska lämnas", date: iso(r.dueDate), detail: r.title, state: r.status }));
    if (r.receivedDate) events.push(ev({ kind: "REPORT_RECEIVED", title: "Rapport inkom", date: iso(r.receivedDate), detail: r.title }));
    if (r.approvedDate) events.push(ev({ kind: "REPORT_APPROVED", title: "Rapport godkänd", date: iso(r.approvedDate), detail: r.title }));
  }
  for (const d of g.disbursements) {
    if (d.status === "PAID")
      events.push(ev({ kind: "PAYMENT_PAID", title: "Utbetalning", date: iso(d.paidDate), detail: d.amount, state: "PAID" }));
    else
      events.push(
        ev({ kind: "PAYMENT_PLANNED", title: "Planerad utbetalning", date: iso(d.plannedDate), detail: d.amount, state: "PLANNED" }),
      );
  }
  // One event per recorded change: its title, and for edits the fields changed. What a record
  // was created with is in the record itself.
  for (const change of groupAuditChanges(g.audit)) {
    const changes =
      change.action === "created"
        ? []
        : change.rows.filter((e) => e.field && !QUIET_FIELDS.has(e.field)).map((e) => `${e.field}: ${e.before ?? "–"} → ${e.after ?? "–"}`);
    events.push(
      ev({
        kind: "CHANGE",
        title: CHANGE_TITLES[`${change.entityType}:${change.action}`] ?? `${change.entityType} ${change.action}`,
        date: change.createdAt.toISOString(),
        detail: changes.length ? changes.join("; ") : null,
        actor: change.actor,
        change,
      }),
    );
  }
  // Dated events in order (a date sorts before changes recorded later that day); undated last.
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => {
      if (a.e.date === b.e.date) return a.i - b.i;
      if (a.e.date === null) return 1;
      if (b.e.date === null) return -1;
      return a.e.date < b.e.date ? -1 : 1;
    })
    .map(({ e }) => e);
}
