import {
  AWAITING_DECISION,
  coFinancingMatrix,
  compareMoney,
  DECISION_OUTCOMES,
  FIRST_YEAR,
  type FinancingYear,
  financingWarnings,
  formatIsoDate,
  isHeldYear,
  LAST_YEAR,
  openingYear,
  projectDeadlines,
  projectFinancing,
  type WhatIf,
} from "@bk/domain";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { ownProjectsWhere } from "../../auth/visibility";
import { builder } from "../../builder";
import { badInput } from "../../errors";
import { COMPUTED_COST, WHOLE_TABLE_COST } from "../../limits/limits";
import { decodeId } from "../shared/list-query";
import { deadlineSelect, toDeadlineSource } from "./deadline-source";
import { CoFinancingRef, DeadlineRef, FinancingWarningRef, FinancingYearRef } from "./financing.types";
import { financingSelect, toCoFinancing, toFinancingInput } from "./financing-input";

const WhatIfInput = builder.inputType("WhatIfInput", {
  description: "A hypothetical decision on a pending application (not saved).",
  fields: (t) => ({
    grantId: t.id({ required: true, description: "The pending grant's global id." }),
    outcome: t.string({ required: true, description: "GRANTED, PARTIALLY_GRANTED or REJECTED." }),
    amount: t.field({ type: "Money", required: false, description: "Amount for PARTIALLY_GRANTED." }),
  }),
});

type WhatIfArg = { grantId: string | number; outcome: string; amount?: string | null } | null | undefined;

/** The `whatIf` argument as the financing rules take it: hypothetical outcomes by grant id (never saved). */
function toWhatIf(args: readonly WhatIfArg[] | null | undefined): WhatIf {
  const whatIf: WhatIf = {};
  for (const [i, w] of (args ?? []).entries()) {
    if (!w) continue;
    if (!(DECISION_OUTCOMES as readonly string[]).includes(w.outcome))
      throw badInput(`whatIf.${i}.outcome`, "outcome måste vara GRANTED, PARTIALLY_GRANTED eller REJECTED");
    whatIf[decodeId(String(w.grantId), "Grant", `whatIf.${i}.grantId`)] = { outcome: w.outcome as "GRANTED", amount: w.amount };
  }
  return whatIf;
}

const checkYear = (year: number, field: string) => {
  if (!isHeldYear(year)) throw badInput(field, `${field} måste vara ett år mellan ${FIRST_YEAR} och ${LAST_YEAR}`);
};

builder.prismaObjectFields("Project", (t) => ({
  financing: t.field({
    type: [FinancingYearRef],
    description:
      "Finansiering per år: need, each source, secured, pending, gap. `whatIf` recomputes for hypothetical decisions without saving.",
    args: { whatIf: t.arg({ type: [WhatIfInput], required: false, description: "Hypotetiska beslut." }) },
    complexity: COMPUTED_COST,
    select: financingSelect,
    resolve: (p, args) => projectFinancing(toFinancingInput(p), toWhatIf(args.whatIf)),
  }),
  financingWarnings: t.field({
    type: [FinancingWarningRef],
    description:
      "Varningar för ett referensår: this year or next ending with a gap, and permanent financing not secured. `whatIf` gives the warnings under hypothetical decisions, without saving.",
    args: {
      referenceYear: t.arg.int({ required: true, description: "Referensår (usually the current year)." }),
      whatIf: t.arg({ type: [WhatIfInput], required: false, description: "Hypotetiska beslut (as for `financing`)." }),
    },
    complexity: COMPUTED_COST,
    select: financingSelect,
    resolve: (p, args) => {
      checkYear(args.referenceYear, "referenceYear");
      const input = toFinancingInput(p);
      return financingWarnings(input, projectFinancing(input, toWhatIf(args.whatIf)), args.referenceYear);
    },
  }),
  financingOpeningYear: t.int({
    description:
      "The year the project's financing view opens on: this year when it has figures, else the latest year with figures before it (a finished project's last year), or the first year of a project not yet started.",
    complexity: COMPUTED_COST,
    select: financingSelect,
    resolve: (p, _args, ctx) =>
      openingYear(
        projectFinancing(toFinancingInput(p)).map((y) => y.year),
        ctx.today.getUTCFullYear(),
      ),
  }),
  coFinancing: t.field({
    type: CoFinancingRef,
    description:
      "Medfinansiering per part och år: the co-financing matrix, partners (by name) × years, from all the project's contributions.",
    complexity: COMPUTED_COST,
    select: financingSelect,
    resolve: (p) => coFinancingMatrix(toCoFinancing(p)),
  }),
  pendingApplications: t.relation("grants", {
    description:
      "Ansökningar som väntar på beslut (AWAITING_DECISION: submitted), all of them: the grants a what-if (`financing(whatIf:)`) can decide, oldest first.",
    // The status the financing rules count as pending (PENDING_GRANT in @bk/domain's financing).
    query: { where: { status: { in: [...AWAITING_DECISION] } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
  }),
  deadlines: t.field({
    type: [DeadlineRef],
    description: "Datum att hålla i datumordning: conditions, reports, follow-ups, planned evaluations, application deadlines.",
    args: { from: t.arg({ type: "Date", required: false, description: "Reference date for `passed` (default today)." }) },
    complexity: COMPUTED_COST,
    select: deadlineSelect,
    resolve: (p, args, ctx) => projectDeadlines(toDeadlineSource(p), args.from ?? formatIsoDate(ctx.today)),
  }),
}));

type PortfolioRow = {
  id: string;
  name: string;
  phase: string;
  referenceYear: number;
  thisYear: FinancingYear | null;
  nextYear: FinancingYear | null;
  latestYear: FinancingYear | null;
  warnings: ReturnType<typeof financingWarnings>;
};

const PortfolioRowRef = builder.objectRef<PortfolioRow>("PortfolioProject").implement({
  description: "Ett projekt i portföljen med årets och nästa års finansiering.",
  fields: (t) => ({
    projectId: t.id({ description: "Projektets globala id.", resolve: (r) => encodeGlobalID("Project", r.id) }),
    name: t.exposeString("name", { description: "Projektets namn." }),
    phase: t.exposeString("phase", { description: "Fas." }),
    referenceYear: t.exposeInt("referenceYear", {
      description: "The reference year of this answer (asked for, or chosen: see the query's `referenceYear`).",
    }),
    thisYear: t.field({ type: FinancingYearRef, nullable: true, description: "Referensåret.", resolve: (r) => r.thisYear }),
    nextYear: t.field({ type: FinancingYearRef, nullable: true, description: "Året därpå.", resolve: (r) => r.nextYear }),
    latestYear: t.field({
      type: FinancingYearRef,
      nullable: true,
      description: "Senaste året med uppgifter.",
      resolve: (r) => r.latestYear,
    }),
    warnings: t.field({ type: [FinancingWarningRef], description: "Varningar.", resolve: (r) => r.warnings }),
  }),
});

builder.queryField("financingPortfolio", (t) =>
  t.field({
    type: [PortfolioRowRef],
    description:
      "Alla projekt med finansiering för referensåret och året därpå, projects with a gap first. A fixed number of SQL statements.",
    args: {
      referenceYear: t.arg.int({
        required: false,
        description:
          "Referensår. Without it: this year when some project has figures for it, else the latest year with figures before it (see Project.financingOpeningYear); each row says which.",
      }),
    },
    complexity: { field: WHOLE_TABLE_COST, multiplier: 10 },
    resolve: async (_root, args, ctx) => {
      if (args.referenceYear != null) checkYear(args.referenceYear, "referenceYear");
      const projects = await ctx.prisma.project.findMany({
        where: ownProjectsWhere(ctx, "id"),
        select: { id: true, name: true, phase: true, ...financingSelect },
        orderBy: { name: "asc" },
      });
      const computed = projects.map((p) => {
        const input = toFinancingInput(p);
        return { p, input, years: projectFinancing(input) };
      });
      const referenceYear =
        args.referenceYear ??
        openingYear(
          computed.flatMap((c) => c.years.map((y) => y.year)),
          ctx.today.getUTCFullYear(),
        );
      const rows = computed.map(({ p, input, years }) => ({
        id: p.id,
        name: p.name,
        phase: p.phase,
        referenceYear,
        thisYear: years.find((y) => y.year === referenceYear) ?? null,
        nextYear: years.find((y) => y.year === referenceYear + 1) ?? null,
        latestYear: years.at(-1) ?? null,
        warnings: financingWarnings(input, years, referenceYear),
      }));
      const gap = (r: PortfolioRow) => (r.thisYear?.gap && compareMoney(r.thisYear.gap, "0") > 0 ? 0 : 1);
      return rows.sort((a, b) => gap(a) - gap(b) || b.warnings.length - a.warnings.length || a.name.localeCompare(b.name, "sv"));
    },
  }),
);
