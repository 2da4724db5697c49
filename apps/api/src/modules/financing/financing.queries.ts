import {
  AWAITING_DECISION,
  coFinancingMatrix,
  compareMoney,
  DECISION_OUTCOMES,
  FIRST_YEAR,
  type FinancingInput,
  type FinancingWarning,
  type FinancingYear,
  financingOpeningYear,
  financingWarnings,
  formatIsoDate,
  isHeldYear,
  LAST_YEAR,
  nextUnfinancedYear,
  portfolioOpeningYear,
  projectDeadlines,
  projectFinancing,
  type WhatIf,
  yearWarnings,
} from "@bk/domain";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { ownProjectsWhere } from "../../auth/visibility";
import { builder } from "../../builder";
import type { Context } from "../../context";
import { badInput } from "../../errors";
import { COMPUTED_COST, WHOLE_TABLE_COST } from "../../limits/limits";
import { decodeId } from "../shared/list-query";
import { whereSql } from "../shared/where-sql";
import { deadlineSelect, toDeadlineSource } from "./deadline-source";
import { CoFinancingRef, DeadlineRef, FinancingWarningRef, FinancingYearRef } from "./financing.types";
import { financingSelect, type ProjectForFinancing, toCoFinancing, toFinancingInput } from "./financing-input";
import { type PortfolioProject, portfolioInput, portfolioProjects } from "./portfolio-source";
import { programmeCandidates, programmeSubject } from "./programme-candidates";

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
    if (!(DECISION_OUTCOMES as readonly string[]).includes(w.outcome)) throw badInput(`whatIf.${i}.outcome`, "whatIf.outcome");
    whatIf[decodeId(String(w.grantId), "Grant", `whatIf.${i}.grantId`)] = { outcome: w.outcome as "GRANTED", amount: w.amount };
  }
  return whatIf;
}

const checkYear = (year: number, field: string) => {
  if (!isHeldYear(year)) throw badInput(field, "year.outOfRange", { min: FIRST_YEAR, max: LAST_YEAR });
};

const hasGap = (y: FinancingYear) => y.gap != null && compareMoney(y.gap, "0") > 0;

/** The years of `years` among `wanted` that end with a gap: those whose warnings name possible sources. */
const gapYears = (years: FinancingYear[], wanted: readonly number[]) =>
  years.filter((y) => wanted.includes(y.year) && hasGap(y)).map((y) => y.year);

/** The programmes that could close the project's gaps in `years` (batched over every project of the request). */
async function programmesFor(ctx: Context, p: Parameters<typeof programmeSubject>[0], years: number[]) {
  const subject = programmeSubject(p);
  return { subject, candidates: await programmeCandidates(ctx, { subject, years }) };
}

/** Each project row's input and years as stored (no what-if), worked out once for all the fields asking for them. */
const asStored = new WeakMap<ProjectForFinancing, { input: FinancingInput; years: FinancingYear[] }>();

/**
 * A project's financing input and years: under a what-if computed for that field, else once per
 * loaded row (financing, financingOpeningYear and financingWarnings of one project read the same row).
 */
function financingOf(p: ProjectForFinancing, whatIf?: readonly WhatIfArg[] | null) {
  if (whatIf?.length) {
    const input = toFinancingInput(p);
    return { input, years: projectFinancing(input, toWhatIf(whatIf)) };
  }
  let known = asStored.get(p);
  if (!known) {
    const input = toFinancingInput(p);
    known = { input, years: projectFinancing(input) };
    asStored.set(p, known);
  }
  return known;
}

builder.prismaObjectFields("Project", (t) => ({
  financing: t.field({
    type: [FinancingYearRef],
    description:
      "Finansiering per år: need, each source, secured, pending, gap. `whatIf` recomputes for hypothetical decisions without saving.",
    args: { whatIf: t.arg({ type: [WhatIfInput], required: false, description: "Hypotetiska beslut." }) },
    complexity: COMPUTED_COST,
    select: financingSelect,
    resolve: (p, args) => financingOf(p, args.whatIf).years,
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
    resolve: async (p, args, ctx) => {
      checkYear(args.referenceYear, "referenceYear");
      const { input, years } = financingOf(p, args.whatIf);
      const programmes = await programmesFor(ctx, p, gapYears(years, [args.referenceYear, args.referenceYear + 1]));
      return financingWarnings(input, years, args.referenceYear, programmes);
    },
  }),
  financingOpeningYear: t.int({
    description:
      "The year the project's financing view opens on: its next unfinanced year (the first year from this year on with a gap, or a finished project's last year when it ends with one); else this year when it has figures, else the latest year with figures before it, or the first year of a project not yet started.",
    complexity: COMPUTED_COST,
    select: financingSelect,
    resolve: (p, _args, ctx) => financingOpeningYear(financingOf(p).years, ctx.today.getUTCFullYear()),
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
  warnings: FinancingWarning[];
  nextUnfinancedYear: FinancingYear | null;
  nextUnfinancedWarnings: FinancingWarning[];
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
    warnings: t.field({ type: [FinancingWarningRef], description: "Varningar för referensåret.", resolve: (r) => r.warnings }),
    nextUnfinancedYear: t.field({
      type: FinancingYearRef,
      nullable: true,
      description:
        "Nästa ofinansierade år: the first year from this year on that ends with a gap, or (for a project whose figures all lie before this year) its last year when that ends with a gap; empty when financed. Independent of the reference year.",
      resolve: (r) => r.nextUnfinancedYear,
    }),
    nextUnfinancedWarnings: t.field({
      type: [FinancingWarningRef],
      description:
        "The warnings about the next unfinanced year (its gap with the possible sources, missing figures, permanent financing not secured); empty without one.",
      resolve: (r) => r.nextUnfinancedWarnings,
    }),
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
          "Referensår. Without it: the first of the projects' unfinanced years from this year on (see PortfolioProject.nextUnfinancedYear); without one, the latest of the finished projects' open gaps; without any gap, this year when some project has figures for it, else the latest year with figures before it. Each row says which.",
      }),
    },
    complexity: { field: WHOLE_TABLE_COST, multiplier: 10 },
    resolve: async (_root, args, ctx) => {
      if (args.referenceYear != null) checkYear(args.referenceYear, "referenceYear");
      // Every project's financing rows in one statement, already in the rules' form (portfolio-source.ts).
      const projects = await portfolioProjects(ctx.prisma, whereSql("Project", ownProjectsWhere(ctx, "id"), "p"));
      const thisYear = ctx.today.getUTCFullYear();
      const computed = projects.map((p) => {
        const input = portfolioInput(p);
        const years = projectFinancing(input);
        return { p, input, years, next: nextUnfinancedYear(years, thisYear) };
      });
      const referenceYear =
        args.referenceYear ??
        portfolioOpeningYear(
          computed.map((c) => c.years),
          thisYear,
        );
      const rows = await Promise.all(computed.map((c) => portfolioRow(ctx, c, referenceYear)));
      const gap = (r: PortfolioRow) => (r.thisYear?.gap && compareMoney(r.thisYear.gap, "0") > 0 ? 0 : 1);
      return rows.sort((a, b) => gap(a) - gap(b) || b.warnings.length - a.warnings.length || a.name.localeCompare(b.name, "sv"));
    },
  }),
);

/** A project's row of the portfolio; the programmes for its gaps are loaded for all rows together. */
async function portfolioRow(
  ctx: Context,
  c: {
    p: PortfolioProject;
    input: FinancingInput;
    years: FinancingYear[];
    next: FinancingYear | null;
  },
  referenceYear: number,
): Promise<PortfolioRow> {
  const { p, input, years, next } = c;
  const wanted = gapYears(years, [referenceYear, referenceYear + 1, ...(next ? [next.year] : [])]);
  const programmes = await programmesFor(ctx, p, wanted);
  return {
    id: p.id,
    name: p.name,
    phase: p.phase,
    referenceYear,
    thisYear: years.find((y) => y.year === referenceYear) ?? null,
    nextYear: years.find((y) => y.year === referenceYear + 1) ?? null,
    latestYear: years.at(-1) ?? null,
    warnings: financingWarnings(input, years, referenceYear, programmes),
    nextUnfinancedYear: next,
    nextUnfinancedWarnings: next ? yearWarnings(input, years, next.year, programmes) : [],
  };
}
