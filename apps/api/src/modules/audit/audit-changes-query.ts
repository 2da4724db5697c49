import { AUDIT_CHANGE_KEY, auditChangeKey, groupAuditChanges } from "@bk/domain";
import { resolveOffsetConnection } from "@pothos/plugin-relay";
import { builder } from "../../builder";
import { checkPageSize, visibleWhere } from "../shared/list-query";
import { AuditChangeRef } from "./audit-change";
import { AUDIT_LIST, AuditEntryWhere, visibleEntries } from "./audit-entry";

/**
 * `Query.auditChanges`: the whole trail the viewer may read, one item per action (a person's one
 * change of one record, its fields within), newest first. The database groups and pages the
 * changes (GROUP BY the change's key, OFFSET/LIMIT); then only the page's rows are read.
 */
builder.queryField("auditChanges", (t) =>
  t.connection(
    {
      type: AuditChangeRef,
      description:
        "Ändringslogg, one item per action (what `auditEntries` lists a row per field of), newest first, with its fields, references by name. Filtered as auditEntries; a change shows when any of its rows matches.",
      args: { where: t.arg({ type: AuditEntryWhere, required: false, description: "Filter (as auditEntries)." }) },
      resolve: (_root, args, ctx) => {
        checkPageSize(args);
        return resolveOffsetConnection({ args, defaultSize: 20, maxSize: 100 }, async ({ offset, limit }) => {
          const page = await ctx.prisma.auditEntry.groupBy({
            by: [...AUDIT_CHANGE_KEY],
            where: visibleWhere(AUDIT_LIST, args.where, ctx),
            _min: { createdAt: true },
            orderBy: [{ _min: { createdAt: "desc" } }, { entityId: "asc" }, { version: "desc" }, { action: "asc" }, { actor: "asc" }],
            skip: offset,
            take: limit,
          });
          if (!page.length) return [];
          const rows = await ctx.prisma.auditEntry.findMany({
            where: {
              AND: [
                visibleEntries(ctx),
                { OR: page.map(({ entityId, action, version, actor }) => ({ entityId, action, version, actor })) },
              ],
            },
            orderBy: [{ createdAt: "asc" }, { version: "asc" }, { id: "asc" }],
          });
          const changes = new Map(groupAuditChanges(rows).map((c) => [auditChangeKey(c), c]));
          return page.flatMap((g) => changes.get(auditChangeKey(g)) ?? []);
        });
      },
    },
    { name: "AuditChangeConnection", description: "A page of auditChanges (Relay connection)." },
    { name: "AuditChangeEdge", description: "One of auditChanges with its cursor." },
  ),
);
