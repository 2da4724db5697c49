import { type AttentionItem, AWAITING_DECISION, attentionItems, PAYABLE } from "@bk/domain";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { ownProjectsWhere } from "../../auth/visibility";
import { builder } from "../../builder";
import { badInput } from "../../errors";
import { WHOLE_TABLE_COST } from "../../limits/limits";
import { GrantWhereInput } from "../grants/grant.queries";
import { grantListSpec } from "../grants/grant-list-spec";
import { visibleWhere } from "../shared/list-query";
import { storedDate } from "../shared/parse-input";

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

builder.queryField("attention", (t) =>
  t.field({
    type: [AttentionItemRef],
    description:
      "Vad behöver åtgärdas: pending decisions, conditions and reports due within `horizonDays` of `today` or overdue, grants not fully paid out, and grants whose project has ended without a final report.",
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
      where: t.arg({ type: GrantWhereInput, required: false, description: "Limit to the grants matching this filter (e.g. one funder)." }),
    },
    complexity: { field: WHOLE_TABLE_COST, multiplier: 10 },
    resolve: async (_root, args, ctx) => {
      const horizon = args.horizonDays ?? 30;
      if (horizon < 0 || horizon > 365) throw badInput("horizonDays", "horizonDays måste vara mellan 0 och 365");
      const grants = await ctx.prisma.grant.findMany({
        // A project lead's list: their own projects' grants (conditions and reports are project data).
        where: {
          AND: [
            visibleWhere(grantListSpec, args.where, ctx),
            { status: { in: [...AWAITING_DECISION, ...PAYABLE] } },
            ownProjectsWhere(ctx),
          ],
        },
        include: { conditions: true, reportRequirements: true, disbursements: true, project: { select: { endDate: true } } },
      });
      return attentionItems(
        grants.map((g) => ({
          ...g,
          amountGranted: g.amountGranted?.toString() ?? null,
          projectEndDate: g.project?.endDate ?? null,
          reports: g.reportRequirements,
          disbursements: g.disbursements.map((d) => ({ amount: d.amount.toString(), status: d.status })),
        })),
        (args.today && storedDate(args.today)) || ctx.today,
        horizon,
      );
    },
  }),
);
