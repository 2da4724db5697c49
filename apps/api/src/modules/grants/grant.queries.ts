import { builder } from "../../builder";
import { WHOLE_TABLE_COST } from "../../limits/limits";
import { defineListQuery, searchedWhere } from "../shared/list-query";
import { whereSql } from "../shared/where-sql";
import { grantListSpec } from "./grant-list-spec";
import type { GRANT_GROUPS, GrantGroup } from "./grant-summary";
import { type GrantSummarySource, grantSummarySource } from "./grant-summary-sql";

export const { WhereInput: GrantWhereInput } = defineListQuery(
  "grants",
  grantListSpec,
  "Bidrag: applications and decisions, filterable by status, funder, applicant, recipient, programme, project, year, amounts, dates and text.",
);

const GrantGroupByEnum = builder.enumType("GrantGroupBy", {
  description: "Grouping for grant sums.",
  values: {
    YEAR: { description: "År (a multi-year grant counts in each year of its split)." },
    FUNDER: { description: "Finansiär." },
    PROGRAMME: { description: "Bidragsprogram." },
    STATUS: { description: "Status." },
    MUNICIPALITY: { description: "Mottagarens kommun." },
    ORGANISATION_KIND: { description: "Mottagarens organisationstyp." },
    RECIPIENT: { description: "Mottagare." },
  } satisfies Record<(typeof GRANT_GROUPS)[number], { description: string }>,
});

const GrantGroupRef = builder.objectRef<GrantGroup>("GrantGroup").implement({
  description: "Sums for one group of grants.",
  fields: (t) => ({
    key: t.exposeString("key", {
      description: "Group key: a year, a status, a municipality, or the raw id of an organisation or programme.",
    }),
    label: t.exposeString("label", { description: "Readable name of the group (Swedish)." }),
    count: t.exposeInt("count", { description: "Antal bidrag." }),
    amountApplied: t.expose("amountApplied", { type: "Money", description: "Summa sökt." }),
    amountGranted: t.expose("amountGranted", { type: "Money", description: "Summa beviljat (360Giving: amountAwarded)." }),
  }),
});

const GrantSummaryRef = builder.objectRef<GrantSummarySource>("GrantSummary").implement({
  description: "Summor för bidrag som matchar ett filter.",
  fields: (t) => ({
    count: t.int({ description: "Antal bidrag.", resolve: async (s) => (await s.totals()).count }),
    amountApplied: t.field({
      type: "Money",
      description: "Summa sökt belopp (where stated).",
      resolve: async (s) => (await s.totals()).amountApplied,
    }),
    amountGranted: t.field({
      type: "Money",
      description: "Summa beviljat belopp.",
      resolve: async (s) => (await s.totals()).amountGranted,
    }),
    groups: t.field({
      type: [GrantGroupRef],
      description: "Summor grupperade.",
      args: { by: t.arg({ type: GrantGroupByEnum, required: true, description: "Gruppering." }) },
      resolve: (s, args) => s.groups(args.by),
    }),
  }),
});

builder.queryField("grantSummary", (t) =>
  t.field({
    type: GrantSummaryRef,
    description:
      "Totals (and groups) of applied and granted amounts for the grants matching `where`. A fixed number of SQL statements whatever the number of grants.",
    args: { where: t.arg({ type: GrantWhereInput, required: false, description: "Same filter as `grants`." }) },
    complexity: WHOLE_TABLE_COST,
    // The list's own filter (one definition), translated to SQL for the GROUP BY statements.
    resolve: async (_root, args, ctx) =>
      grantSummarySource(ctx.prisma, whereSql("Grant", await searchedWhere(grantListSpec, args.where, ctx), "grant")),
  }),
);
