import type { AttentionItem } from "@bk/domain";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { ownProjectsWhere } from "../../auth/visibility";
import { builder } from "../../builder";
import { badInput } from "../../errors";
import type { Paging } from "../../limits/argument-guard";
import { DEFAULT_PAGE, WHOLE_TABLE_COST } from "../../limits/limits";
import { GrantWhereInput } from "../grants/grant.queries";
import { grantListSpec } from "../grants/grant-list-spec";
import { visibleWhere } from "../shared/list-query";
import { storedDate } from "../shared/parse-input";
import { whereSql } from "../shared/where-sql";
import { attentionCursor, attentionPosition } from "./attention-cursor";
import { type AttentionKindCount, attentionPage } from "./attention-sql";

const KINDS = {
  PENDING_DECISION: "Ansökan väntar på beslut.",
  CONDITION_OVERDUE: "Villkor har passerat sitt datum utan att vara uppfyllt.",
  CONDITION_DUE: "Villkor ska vara uppfyllt inom horisonten.",
  REPORT_OVERDUE: "Rapport har passerat sitt datum utan att ha inkommit.",
  REPORT_DUE: "Rapport ska lämnas inom horisonten.",
  NOT_FULLY_DISBURSED: "Beviljat belopp är inte fullt utbetalt.",
  ENDED_WITHOUT_FINAL_REPORT: "Projektet har avslutats utan inkommen slutrapport.",
} as const;

const AttentionKindEnum = builder.enumType("AttentionKind", {
  description: "Why a grant needs attention.",
  values: Object.fromEntries(Object.entries(KINDS).map(([k, description]) => [k, { description }])) as Record<
    keyof typeof KINDS,
    { description: string }
  >,
});

const AttentionItemRef = builder.objectRef<AttentionItem>("AttentionItem").implement({
  description: "Något som behöver åtgärdas, with a link to its grant.",
  fields: (t) => ({
    kind: t.field({ type: AttentionKindEnum, description: "Varför.", resolve: (i) => i.kind }),
    grantId: t.id({ description: "Bidragets globala id.", resolve: (i) => encodeGlobalID("Grant", i.grantId) }),
    grantTitle: t.exposeString("grantTitle", { description: "Bidragets rubrik." }),
    itemId: t.id({
      nullable: true,
      description: "The condition's or report's global id, when the item concerns one.",
      resolve: (i) => (i.itemId ? encodeGlobalID(i.kind.startsWith("REPORT") ? "ReportRequirement" : "Condition", i.itemId) : null),
    }),
    text: t.exposeString("text", { description: "Villkorets eller rapportens text, or the grant's title." }),
    dueDate: t.field({ type: "Date", nullable: true, description: "Senast.", resolve: (i) => i.dueDate }),
    daysLeft: t.exposeInt("daysLeft", { nullable: true, description: "Dagar kvar; negative when overdue." }),
    amountGranted: t.field({ type: "Money", nullable: true, description: "Beviljat.", resolve: (i) => i.amountGranted }),
    amountPaid: t.field({
      type: "Money",
      nullable: true,
      description: "Utbetalt (for NOT_FULLY_DISBURSED).",
      resolve: (i) => i.amountPaid,
    }),
  }),
});

const AttentionKindCountRef = builder.objectRef<AttentionKindCount>("AttentionKindCount").implement({
  description: "How many items of one kind the list holds (before `kinds` narrows it).",
  fields: (t) => ({
    kind: t.field({ type: AttentionKindEnum, description: "Varför.", resolve: (c) => c.kind }),
    count: t.exposeInt("count", { description: "Antal." }),
  }),
});

/** A page of the list: 20 items unless more are asked for, up to 500 (a county's list holds thousands). */
const ATTENTION_PAGE = { default: DEFAULT_PAGE, max: 500 } as const;

type Connection = {
  edges: { cursor: string; node: AttentionItem }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
  kindCounts: AttentionKindCount[];
};

/** The page asked for: its size and the item it starts after (a cursor holds the item's place in the order). */
function pageOf(args: { first?: number | null; after?: string | null; last?: number | null; before?: string | null }) {
  if (args.last != null || args.before != null) throw badInput(args.last != null ? "last" : "before", "page.forwardOnly");
  const size = args.first ?? ATTENTION_PAGE.default;
  if (size < 1 || size > ATTENTION_PAGE.max)
    throw badInput("first", "value.between", { min: 1, max: ATTENTION_PAGE.max, value: String(size) });
  const after = args.after == null ? null : attentionPosition(args.after);
  if (args.after != null && !after) throw badInput("after", "cursor.invalid");
  return { size, after };
}

/** Whether a cursor is one of this list's (the argument guard refuses any other before the list is read). */
const isAttentionCursor = (cursor: string) => attentionPosition(cursor) !== null;

builder.queryField("attention", (t) =>
  t.connection(
    {
      type: AttentionItemRef,
      description:
        "Vad behöver åtgärdas: pending decisions, conditions and reports due within `horizonDays` of `today` or overdue, grants not fully paid out, and grants whose project has ended without a final report. " +
        "Most urgent first (overdue conditions, overdue reports, ended without final report, conditions due, reports due, pending decisions, not fully paid; then by due date and title). " +
        `Computed in the database; pages forward (first ${ATTENTION_PAGE.default} unless asked, at most ${ATTENTION_PAGE.max}), with the count of each kind. ` +
        "A cursor holds its item's place in the order: the page after it starts there even when items before it were resolved in between.",
      args: {
        today: t.arg({
          type: "Date",
          required: false,
          description: "Dagens datum (default: the server's date); pass it for reproducible answers.",
        }),
        horizonDays: t.arg.int({
          required: false,
          defaultValue: 30,
          description: "How many days ahead counts as due soon (0–365, default 30).",
        }),
        where: t.arg({
          type: GrantWhereInput,
          required: false,
          description: "Limit to the grants matching this filter (e.g. one funder).",
        }),
        kinds: t.arg({
          type: [AttentionKindEnum],
          required: false,
          description:
            "Only items of these kinds in the page and in totalCount (absent or empty: every kind); kindCounts counts every kind whatever is chosen.",
        }),
      },
      extensions: { paging: { maxPage: ATTENTION_PAGE.max, cursor: isAttentionCursor } satisfies Paging },
      complexity: (args) => ({
        field: WHOLE_TABLE_COST,
        multiplier: Math.min(ATTENTION_PAGE.max, Math.max(1, args.first ?? ATTENTION_PAGE.default)),
      }),
      resolve: async (_root, args, ctx): Promise<Connection> => {
        const horizon = args.horizonDays ?? 30;
        if (horizon < 0 || horizon > 365) throw badInput("horizonDays", "value.between", { min: 0, max: 365, value: String(horizon) });
        const page = pageOf(args);
        // A project lead's list: their own projects' grants (conditions and reports are project data).
        const where = { AND: [visibleWhere(grantListSpec, args.where, ctx), ownProjectsWhere(ctx)] };
        const { counts, total, items } = await attentionPage(ctx.prisma, {
          filter: whereSql("Grant", where, "grant"),
          today: (args.today && storedDate(args.today)) || ctx.today,
          horizonDays: horizon,
          kinds: args.kinds ?? null,
          after: page.after,
          limit: page.size + 1, // one more than shown: whether there is a next page
        });
        const edges = items.slice(0, page.size).map((node) => ({ cursor: attentionCursor(node), node }));
        return {
          edges,
          pageInfo: {
            hasNextPage: items.length > page.size,
            hasPreviousPage: page.after !== null,
            startCursor: edges[0]?.cursor ?? null,
            endCursor: edges.at(-1)?.cursor ?? null,
          },
          totalCount: total,
          kindCounts: counts,
        };
      },
    },
    {
      name: "AttentionConnection",
      description: "A page of the attention list (Relay connection) with how many items it holds in all and of each kind.",
      fields: (c) => ({
        totalCount: c.int({ description: "Antal (of the chosen kinds).", resolve: (conn) => (conn as unknown as Connection).totalCount }),
        kindCounts: c.field({
          type: [AttentionKindCountRef],
          description: "Antal per slag: every kind with at least one item, most urgent first, whatever `kinds` chooses.",
          resolve: (conn) => (conn as unknown as Connection).kindCounts,
        }),
      }),
    },
    { name: "AttentionEdge", description: "One item of the attention list with its cursor." },
  ),
);
