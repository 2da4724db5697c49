import { grantTimeline, groupAuditChanges, type TimelineEvent } from "@bk/domain";
import { builder } from "../../builder";
import { AuditChangeRef } from "../audit/audit-change";
import { DatePrecisionEnum } from "../shared/enums";

const TimelineEventRef = builder.objectRef<TimelineEvent>("TimelineEvent").implement({
  description: "Händelse i bidragets tidslinje.",
  fields: (t) => ({
    date: t.exposeString("date", {
      nullable: true,
      description: "ISO date, or ISO instant for recorded changes; empty when the source gives none.",
    }),
    precision: t.expose("precision", { type: DatePrecisionEnum, description: "Precision of the date." }),
    kind: t.exposeString("kind", {
      description:
        "DEADLINE, SUBMITTED, DECIDED, CONDITION_DUE, CONDITION_RESOLVED, REPORT_DUE, REPORT_RECEIVED, REPORT_APPROVED, PAYMENT_PLANNED, PAYMENT_PAID or CHANGE.",
    }),
    title: t.exposeString("title", { description: "Rubrik (Swedish)." }),
    detail: t.exposeString("detail", { nullable: true, description: "Detalj: the condition's text, the amount, the changed field." }),
    state: t.exposeString("state", { nullable: true, description: "State of the condition, report or payment." }),
    actor: t.exposeString("actor", { nullable: true, description: "Vem, for recorded changes." }),
    change: t.field({
      type: AuditChangeRef,
      nullable: true,
      description: "The recorded change (kind CHANGE) with its fields, for wording it in the reader's language.",
      resolve: (e) => e.change,
    }),
  }),
});

builder.prismaObjectFields("Grant", (t) => ({
  auditEntries: t.relation("auditEntries", {
    description: "Ändringslogg: every change to the grant and its parts.",
    query: { orderBy: { createdAt: "asc" } },
  }),
  changes: t.field({
    type: [AuditChangeRef],
    description: "Ändringslogg, one item per change (its fields within), oldest first: the grant and its parts.",
    select: { auditEntries: { orderBy: [{ createdAt: "asc" }, { version: "asc" }] } },
    resolve: (g) => groupAuditChanges(g.auditEntries),
  }),
  timeline: t.field({
    type: [TimelineEventRef],
    description:
      "Tidslinje: applied, decided, each condition and report with its due date and state, each payment, each change, in date order.",
    select: {
      applicationDeadline: true,
      submittedDate: true,
      submittedPrecision: true,
      decisionDate: true,
      decisionPrecision: true,
      decisionText: true,
      status: true,
      amountGranted: true,
      conditions: true,
      reportRequirements: true,
      disbursements: true,
      auditEntries: { orderBy: { createdAt: "asc" } },
    },
    resolve: (g) =>
      grantTimeline({
        ...g,
        amountGranted: g.amountGranted?.toString() ?? null,
        reports: g.reportRequirements,
        disbursements: g.disbursements.map((d) => ({ ...d, amount: d.amount.toString() })),
        audit: g.auditEntries,
      }),
  }),
}));
