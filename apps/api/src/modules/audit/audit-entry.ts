import { groupAuditChanges } from "@bk/domain";
import type { Prisma } from "@bk/domain/server";
import { ownProjectsWhere } from "../../auth/visibility";
import { builder } from "../../builder";
import type { Context } from "../../context";
import { COMPUTED_COST, UNPAGED_LIST_ESTIMATE } from "../../limits/limits";
import { defineListQuery, type ListSpec } from "../shared/list-query";
import { AuditChangeRef } from "./audit-change";
import { recordedValue } from "./shown-value";

/** Records everyone logged in may read (and so their changes). */
const READ_BY_ALL = ["Organisation", "Indicator"];

/** Changes to saved queries (which may be private): read by whoever made them and by administrators. */
const PRIVATE_TO_ACTOR = "SavedQuery";

/**
 * Who may read an entry: whoever may read the grant or project it belongs to; for organisations
 * and indicators everyone logged in; saved queries whoever changed them and administrators; otherwise (agreements, values of no project) readers of everything.
 */
function scopeOf(e: { grantId: string | null; projectId: string | null; entityType: string; actorUserId: string | null }) {
  if (e.entityType === PRIVATE_TO_ACTOR) return { self: e.actorUserId ?? "", permission: "manage:users" as const };
  if (e.grantId) return { grantDetails: e.grantId };
  if (e.projectId) return { project: e.projectId };
  return READ_BY_ALL.includes(e.entityType) ? { authenticated: true } : { permission: "read:all" as const };
}

builder.prismaNode("AuditEntry", {
  authScopes: scopeOf,
  // An object of another project answers FORBIDDEN as a whole (whatever fields are asked, __typename too).
  runScopesOnType: true,
  id: { field: "id", description: "Globalt id." },
  fields: (t) => ({
    grant: t.relation("grant", { nullable: true, description: "Bidraget ändringen gäller (empty for changes outside grants)." }),
    project: t.relation("project", {
      nullable: true,
      description: "Projektet ändringen gäller, for budget, co-financing, partners, evaluations and values.",
    }),
    entityType: t.exposeString("entityType", {
      description:
        "Grant, Condition, ReportRequirement, Disbursement, GrantYearAmount, ProjectBudgetYear, Contribution, PartnerRole, Evaluation, EvaluationAnswer, Organisation, Agreement, Indicator, Observation or SavedQuery.",
    }),
    entityId: t.exposeString("entityId", { description: "Database id of the changed record." }),
    action: t.exposeString("action", { description: "created, updated, deleted, or a lifecycle event (submitted, decided, paid …)." }),
    field: t.exposeString("field", { nullable: true }),
    before: t.string(recordedValue("before", "Före; a count of people only for those who see raw figures.")),
    after: t.string(recordedValue("after", "Efter; a count of people only for those who see raw figures.")),
    actor: t.exposeString("actor"),
    version: t.exposeInt("version", { description: "The changed record's version after the change (a grant's parts: the grant's)." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "När." }),
  }),
});

/** The entries a viewer may list: of their own projects' grants and projects, and of records everyone reads. */
export function visibleEntries(ctx: Context): Prisma.AuditEntryWhereInput {
  if (ctx.viewer?.permissions.has("manage:users")) return {};
  const ownSavedQueries = { entityType: PRIVATE_TO_ACTOR, actorUserId: ctx.viewer?.id ?? "" };
  if (ctx.viewer?.permissions.has("read:all")) return { OR: [{ entityType: { not: PRIVATE_TO_ACTOR } }, ownSavedQueries] };
  return {
    OR: [
      ownProjectsWhere(ctx, "grant.projectId"),
      ownProjectsWhere(ctx, "projectId"),
      { grantId: null, projectId: null, entityType: { in: READ_BY_ALL } },
      ownSavedQueries,
    ],
  };
}

/** The trail as a list: what `auditEntries` (a row per field) and `auditChanges` (one per action) filter on. */
export const AUDIT_LIST: ListSpec = {
  model: "AuditEntry",
  visibleTo: visibleEntries,
  text: ["actor", "action", "field", "before", "after"],
  ids: {
    grant: { column: "grantId", nodeType: "Grant", description: "Bidrag." },
    project: {
      column: "projectId",
      nodeType: "Project",
      description: "Projekt (its budget, co-financing, partners, evaluations, values).",
    },
  },
  strings: {
    actor: { column: "actor", description: "Vem (exact, case-insensitive)." },
    entityType: { column: "entityType", description: "Typ av post." },
    entityId: { column: "entityId", description: "The changed record's database id (exact)." },
  },
  dates: { createdAt: { column: "createdAt", description: "När." } },
  order: { CREATED_AT: { column: "createdAt", description: "När." } },
  defaultOrder: [{ createdAt: "desc" }],
};

export const { WhereInput: AuditEntryWhere } = defineListQuery(
  "auditEntries",
  AUDIT_LIST,
  "Ändringslogg, one row per changed field: who changed what, when, before and after (auditChanges: one item per action).",
);

builder.prismaObjectField("Project", "auditEntries", (t) =>
  t.relation("auditEntries", {
    description:
      "Ändringslogg: changes to the project's budget, co-financing, partners, evaluations and values (its grants have their own).",
    query: { orderBy: { createdAt: "asc" } },
  }),
);

builder.prismaObjectField("Project", "changes", (t) =>
  t.field({
    type: [AuditChangeRef],
    description: "Ändringslogg, one item per change (its fields within), oldest first: the project's budget, co-financing, partners …",
    select: { auditEntries: { orderBy: [{ createdAt: "asc" }, { version: "asc" }] } },
    resolve: (p) => groupAuditChanges(p.auditEntries),
  }),
);

/** The trail of a record that is not part of a grant or a project: its own entries (and changes), oldest first. */
function ownTrail(entityType: "Organisation" | "Agreement" | "Indicator") {
  const trail = { where: { entityType }, orderBy: { createdAt: "asc" } } as const;
  const complexity = { field: COMPUTED_COST, multiplier: UNPAGED_LIST_ESTIMATE };
  builder.prismaObjectField(entityType, "auditEntries", (t) =>
    t.prismaField({
      type: ["AuditEntry"],
      description: "Ändringslogg: who changed what, when, before and after.",
      complexity,
      resolve: (query, parent, _args, ctx) =>
        ctx.prisma.auditEntry.findMany({ ...query, ...trail, where: { ...trail.where, entityId: parent.id } }),
    }),
  );
  builder.prismaObjectField(entityType, "changes", (t) =>
    t.field({
      type: [AuditChangeRef],
      description: "Ändringslogg, one item per change (its fields within), oldest first.",
      complexity,
      resolve: async (parent, _args, ctx) =>
        groupAuditChanges(await ctx.prisma.auditEntry.findMany({ ...trail, where: { ...trail.where, entityId: parent.id } })),
    }),
  );
}
ownTrail("Organisation");
ownTrail("Agreement");
ownTrail("Indicator");
