import { fieldErrors, formatIsoDate, observationSchema, validateObservation } from "@bk/domain";
import { builder } from "../../builder";
import type { Context } from "../../context";
import { AppError, inputError } from "../../errors";
import { iso } from "../grants/grant.inputs";
import { decodeId } from "../shared/list-query";

const ObservationInput = builder.inputType("ObservationInput", {
  description: "Ett värde för en indikator, en period och en uppdelning.",
  fields: (t) => ({
    indicatorId: t.id({ required: true, description: "Indikatorn." }),
    projectId: t.id({ required: false, description: "Projektet." }),
    organisationId: t.id({ required: false, description: "Rapporterande organisation." }),
    periodStart: t.field({ type: "Date", required: true, description: "Period från." }),
    periodEnd: t.field({ type: "Date", required: true, description: "Period till (inclusive)." }),
    breakdown: t.string({ required: false, description: 'Uppdelning, e.g. "Bosatta i Haninge kommun"; empty for the total.' }),
    value: t.float({ required: true, description: "Värde (a count of people must be whole and not negative)." }),
    note: t.string({ required: false, description: "Anmärkning." }),
  }),
});

type Args = {
  indicatorId: string | number;
  projectId?: string | number | null;
  organisationId?: string | number | null;
  periodStart: Date;
  periodEnd: Date;
  breakdown?: string | null;
  value: number;
  note?: string | null;
};

/** Validates and writes one observation; refuses impossible values without storing anything. */
async function saveObservation(ctx: Context, input: Args, id: string | null) {
  const indicatorId = decodeId(String(input.indicatorId), "Indicator", "input.indicatorId");
  const projectId = input.projectId ? decodeId(String(input.projectId), "Project", "input.projectId") : null;
  const organisationId = input.organisationId ? decodeId(String(input.organisationId), "Organisation", "input.organisationId") : null;
  const parsed = observationSchema.safeParse({
    ...input,
    indicatorId,
    periodStart: iso(input.periodStart),
    periodEnd: iso(input.periodEnd),
  });
  if (!parsed.success) throw inputError("input", fieldErrors(parsed.error));
  const v = parsed.data;
  return ctx.prisma.$transaction(async (tx) => {
    const indicator = await tx.indicator.findUnique({ where: { id: indicatorId }, select: { countsPeople: true } });
    if (!indicator) throw new AppError("BAD_USER_INPUT", "input.indicatorId: indikatorn finns inte", { field: "input.indicatorId" });
    // The same reporter: the project and/or organisation given (an omitted one matches any).
    const existing = await tx.observation.findMany({
      where: { indicatorId, ...(projectId ? { projectId } : {}), ...(organisationId ? { organisationId } : {}) },
      select: { id: true, periodStart: true, periodEnd: true, breakdown: true, value: true },
    });
    validateObservation(
      { id: id ?? undefined, periodStart: v.periodStart, periodEnd: v.periodEnd, breakdown: v.breakdown, value: v.value },
      existing.map((e) => ({
        ...e,
        periodStart: e.periodStart && formatIsoDate(e.periodStart),
        periodEnd: e.periodEnd && formatIsoDate(e.periodEnd),
        value: Number(e.value),
      })),
      indicator.countsPeople,
    );
    const data = {
      indicatorId,
      projectId,
      organisationId,
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
      breakdown: v.breakdown,
      value: String(v.value),
      note: v.note,
    };
    return id ? tx.observation.update({ where: { id }, data }) : tx.observation.create({ data });
  });
}

const IndicatorInput = builder.inputType("IndicatorInput", {
  description: "En indikator.",
  fields: (t) => ({
    name: t.string({ required: true, description: "Namn." }),
    unit: t.string({ required: true, description: "Enhet, e.g. personer, samtal, nätter." }),
    definition: t.string({ required: false, description: "Definition." }),
    countsPeople: t.boolean({ required: true, description: "Räknar personer (protected when small)." }),
  }),
});

function indicatorData(i: { name: string; unit: string; definition?: string | null; countsPeople: boolean }) {
  const name = i.name.trim();
  const unit = i.unit.trim();
  if (name.length < 2 || name.length > 200)
    throw new AppError("BAD_USER_INPUT", "input.name: namnet ska vara 2–200 tecken", { field: "input.name" });
  if (!unit || unit.length > 50)
    throw new AppError("BAD_USER_INPUT", "input.unit: ange en enhet (högst 50 tecken)", { field: "input.unit" });
  return { name, unit, definition: i.definition?.trim() || null, countsPeople: i.countsPeople };
}

builder.mutationFields((t) => ({
  addIndicator: t.prismaField({
    type: "Indicator",
    description: "Ny indikator.",
    args: { input: t.arg({ type: IndicatorInput, required: true, description: "Indikatorn." }) },
    resolve: async (query, _root, args, ctx) => {
      const i = await ctx.prisma.indicator.create({ data: indicatorData(args.input) });
      return ctx.prisma.indicator.findUniqueOrThrow({ ...query, where: { id: i.id } });
    },
  }),
  updateIndicator: t.prismaField({
    type: "Indicator",
    description: "Ändra en indikator.",
    args: {
      id: t.arg.id({ required: true, description: "Indikatorns id." }),
      input: t.arg({ type: IndicatorInput, required: true, description: "Indikatorn." }),
    },
    resolve: async (query, _root, args, ctx) => {
      const id = decodeId(String(args.id), "Indicator", "id");
      if (!(await ctx.prisma.indicator.findUnique({ where: { id }, select: { id: true } })))
        throw new AppError("NOT_FOUND", "Indikatorn finns inte", { field: "id" });
      await ctx.prisma.indicator.update({ where: { id }, data: indicatorData(args.input) });
      return ctx.prisma.indicator.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  addObservation: t.prismaField({
    type: "Observation",
    description:
      "Registrera ett värde. Refuses negative or fractional counts of people, a breakdown above its total and overlapping periods.",
    args: { input: t.arg({ type: ObservationInput, required: true, description: "Värdet." }) },
    resolve: async (query, _root, args, ctx) => {
      const o = await saveObservation(ctx, args.input, null);
      return ctx.prisma.observation.findUniqueOrThrow({ ...query, where: { id: o.id } });
    },
  }),
  updateObservation: t.prismaField({
    type: "Observation",
    description: "Ändra ett värde, with the same checks.",
    args: {
      id: t.arg.id({ required: true, description: "Observationens id." }),
      input: t.arg({ type: ObservationInput, required: true, description: "Värdet." }),
    },
    resolve: async (query, _root, args, ctx) => {
      const id = decodeId(String(args.id), "Observation", "id");
      if (!(await ctx.prisma.observation.findUnique({ where: { id }, select: { id: true } })))
        throw new AppError("NOT_FOUND", "Observationen finns inte", { field: "id" });
      await saveObservation(ctx, args.input, id);
      return ctx.prisma.observation.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  deleteObservation: t.boolean({
    description: "Ta bort ett värde.",
    args: { id: t.arg.id({ required: true, description: "Observationens id." }) },
    resolve: async (_root, args, ctx) => {
      const id = decodeId(String(args.id), "Observation", "id");
      const res = await ctx.prisma.observation.deleteMany({ where: { id } });
      if (!res.count) throw new AppError("NOT_FOUND", "Observationen finns inte", { field: "id" });
      return true;
    },
  }),
}));
