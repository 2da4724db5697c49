import type { AuditChange, AuditRow } from "@bk/domain";
import { builder } from "../../builder";
import { recordName, referenceName, type Target } from "./reference-names";
import { recordedValue } from "./shown-value";

const AuditFieldChangeRef = builder.objectRef<AuditRow & { field: string }>("AuditFieldChange").implement({
  description: "One field of a change: its stored values before and after, and for references the names.",
  fields: (t) => ({
    field: t.exposeString("field", { description: "The field's name in the API (the web words it)." }),
    before: t.string(
      recordedValue(
        "before",
        "Före, as stored (enum values, ISO dates, exact amounts); a count of people only for those who see raw figures.",
      ),
    ),
    after: t.string(recordedValue("after", "Efter, as stored; a count of people only for those who see raw figures.")),
    beforeName: t.string({
      nullable: true,
      description: "For a reference (funderId, projectId …): the name of the record `before` points to, if the viewer may read it.",
      resolve: (r, _args, ctx) => referenceName(ctx, r.field, r.before),
    }),
    afterName: t.string({
      nullable: true,
      description: "For a reference: the name of the record `after` points to, if the viewer may read it.",
      resolve: (r, _args, ctx) => referenceName(ctx, r.field, r.after),
    }),
  }),
});

/** Records with a trail of their own (not part of a grant or a project), and the name each is shown by. */
const OWN_TRAILS: Record<string, Target> = { Organisation: "organisation", Agreement: "agreement", Indicator: "indicator" };

/** A stored row knows the grant or project it belongs to. */
type Placed = AuditRow & { grantId?: string | null; projectId?: string | null };

/** One change as a person made it (the stored trail keeps a row per field). */
export const AuditChangeRef = builder.objectRef<AuditChange>("AuditChange").implement({
  description: "En ändring: who did what to which record, when, with the fields it set or changed.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The id of the change's first audit entry." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "När." }),
    actor: t.exposeString("actor", { description: "Vem." }),
    entityType: t.exposeString("entityType", {
      description:
        "Grant, Condition, ReportRequirement, Disbursement, ProjectBudgetYear, Contribution, PartnerRole, Evaluation, Organisation …",
    }),
    entityId: t.exposeString("entityId", { description: "Database id of the changed record." }),
    action: t.exposeString("action", { description: "created, updated, deleted, or a lifecycle event (submitted, decided, paid …)." }),
    version: t.exposeInt("version", { description: "The record's version after the change (a grant's parts: the grant's)." }),
    subjectName: t.string({
      nullable: true,
      description:
        "Vilken post, by name: the grant's title (for the grant and its parts), the project's name (its budget, co-financing, partners …), or the organisation's, agreement's or indicator's own name; empty if the viewer may not read it or it is gone.",
      resolve: (c, _args, ctx) => {
        const row = c.rows[0] as Placed;
        if (row.grantId) return recordName(ctx, "grant", row.grantId);
        if (row.projectId) return recordName(ctx, "project", row.projectId);
        return recordName(ctx, OWN_TRAILS[c.entityType], c.entityId);
      },
    }),
    fields: t.field({
      type: [AuditFieldChangeRef],
      description: "The fields set (creation) or changed, in the order recorded; empty for an event that changes no field.",
      resolve: (c) => c.rows.filter((r): r is AuditRow & { field: string } => !!r.field),
    }),
  }),
});
