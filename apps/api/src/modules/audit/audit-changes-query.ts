import { AUDIT_CHANGE_KEY, auditChangeKey, groupAuditChanges } from "@bk/domain";
import { formatPrismaCursor, parsePrismaCursor } from "@pothos/plugin-prisma";
import { builder } from "../../builder";
import { badInput } from "../../errors";
import { DEFAULT_PAGE } from "../../limits/limits";
import { checkPageSize, visibleWhere } from "../shared/list-query";
import { AuditChangeRef } from "./audit-change";
import { AUDIT_LIST, AuditEntryWhere, visibleEntries } from "./audit-entry";

/**
 * The changes are paged by position (they have no id of their own). A cursor names the position
 * after a change, in the string-cursor form every list of this API gives out.
 */
const POSITION = /^changes-after-(\d{1,9})$/;
const cursorAt = (position: number) => formatPrismaCursor({ id: `changes-after-${position}` }, "id");
function positionOf(cursor: string): number {
  let text: unknown;
  try {
    text = parsePrismaCursor(cursor);
  } catch {
    // refused below
  }
  const match = typeof text === "string" ? POSITION.exec(text) : null;
  if (!match) throw badInput("after", "cursor.invalid");
  return Number(match[1]);
}

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
        "Ändringslogg, one item per action (what `auditEntries` lists a row per field of), newest first, with its fields, references by name. Filtered as auditEntries: a change shows whole when any of its rows matches. Pages forward (first, after).",
      args: { where: t.arg({ type: AuditEntryWhere, required: false, description: "Filter (as auditEntries)." }) },
      resolve: async (_root, args, ctx) => {
        checkPageSize(args);
        if (args.last != null || args.before != null) throw badInput(args.last != null ? "last" : "before", "page.forwardOnly");
        const size = args.first ?? DEFAULT_PAGE;
        const offset = args.after ? positionOf(args.after) : 0;
        const groups = await ctx.prisma.auditEntry.groupBy({
          by: [...AUDIT_CHANGE_KEY],
          where: visibleWhere(AUDIT_LIST, args.where, ctx),
          _min: { createdAt: true },
          orderBy: [{ _min: { createdAt: "desc" } }, { entityId: "asc" }, { version: "desc" }, { action: "asc" }, { actor: "asc" }],
          skip: offset,
          take: size + 1,
        });
        const page = groups.slice(0, size);
        const rows = page.length
          ? await ctx.prisma.auditEntry.findMany({
              where: {
                AND: [
                  visibleEntries(ctx),
                  { OR: page.map(({ entityId, action, version, actor }) => ({ entityId, action, version, actor })) },
                ],
              },
              orderBy: [{ createdAt: "asc" }, { version: "asc" }, { id: "asc" }],
            })
          : [];
        const changes = new Map(groupAuditChanges(rows).map((c) => [auditChangeKey(c), c]));
        const edges = page.flatMap((g, i) => {
          const node = changes.get(auditChangeKey(g));
          return node ? [{ cursor: cursorAt(offset + i + 1), node }] : [];
        });
        return {
          edges,
          pageInfo: {
            hasNextPage: groups.length > size,
            hasPreviousPage: offset > 0,
            startCursor: edges[0]?.cursor ?? null,
            endCursor: edges.at(-1)?.cursor ?? null,
          },
        };
      },
    },
    { name: "AuditChangeConnection", description: "A page of auditChanges (Relay connection)." },
    { name: "AuditChangeEdge", description: "One of auditChanges with its cursor." },
  ),
);
