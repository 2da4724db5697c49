import {
  indicatorSchema,
  observationSchema,
  refuseChangeInProtectedGroup,
  refuseUnprotectingIndicator,
  validateObservation,
} from "@bk/domain";
import { assertCanWriteProject, notFoundFor } from "../../auth/project-access";
import { builder } from "../../builder";
import type { Context } from "../../context";
import { AppError } from "../../errors";
import { iso } from "../grants/grant.inputs";
import { decodeId } from "../shared/list-query";
import { parseInput } from "../shared/parse-input";
import { protectedChange, storedValues, toFacts, valueSelect } from "./stored-values";

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

/**
 * Validates and writes one observation; refuses impossible values without storing anything.
 * A caller without raw access gets one answer, whatever the value, in a group with a hidden
 * value – the group it is in now and the one it goes to (see refuseChangeInProtectedGroup).
 */
async function saveObservation(ctx: Context, input: Args, id: string | null) {
  const indicatorId = decodeId(String(input.indicatorId), "Indicator", "input.indicatorId");
  const projectId = input.projectId ? decodeId(String(input.projectId), "Project", "input.projectId") : null;
  const organisationId = input.organisationId ? decodeId(String(input.organisationId), "Organisation", "input.organisationId") : null;
  // The project the value is entered for (a project lead's own), before anything is read.
  assertCanWriteProject(ctx, projectId, "statistics");
  const v = parseInput(observationSchema, {
    ...input,
    indicatorId,
    periodStart: iso(input.periodStart),
    periodEnd: iso(input.periodEnd),
  });
  return ctx.prisma.$transaction(async (tx) => {
    const current = id ? toFacts(await tx.observation.findUniqueOrThrow({ where: { id }, select: valueSelect })) : null;
    // …and the project it belongs to now, when it is moved.
    if (current) assertCanWriteProject(ctx, current.projectId ?? null, "statistics");
    const indicators = await storedValues(tx, [indicatorId, ...(current ? [current.indicatorId] : [])]);
    const indicator = indicators.find((i) => i.id === indicatorId);
    if (!indicator) throw new AppError("BAD_USER_INPUT", "input.indicatorId: indikatorn finns inte", { field: "input.indicatorId" });
    if (projectId && !(await tx.project.findUnique({ where: { id: projectId }, select: { id: true } })))
      throw new AppError("BAD_USER_INPUT", "input.projectId: projektet finns inte", { field: "input.projectId" });
    if (organisationId && !(await tx.organisation.findUnique({ where: { id: organisationId }, select: { id: true } })))
      throw new AppError("BAD_USER_INPUT", "input.organisationId: organisationen finns inte", { field: "input.organisationId" });
    const { periodStart, periodEnd, breakdown, value } = v;
    const next = { id: id ?? undefined, indicatorId, projectId, organisationId, periodStart, periodEnd, breakdown, value };
    refuseChangeInProtectedGroup(protectedChange(ctx, indicators), current ? [next, current] : [next], "input.value");
    validateObservation(next, indicator.values, indicator.countsPeople);
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

const indicatorData = (input: Record<string, unknown>) => parseInput(indicatorSchema, input);

/** Values: of any project and organisation, or of one's own projects (checked per value in saveObservation). */
const WRITE_STATISTICS = { anyPermission: ["write:statistics", "write:ownStatistics"] } as const;

builder.mutationFields((t) => ({
  addIndicator: t.prismaField({
    authScopes: { permission: "write:indicators" },
    type: "Indicator",
    description: "Ny indikator.",
    args: { input: t.arg({ type: IndicatorInput, required: true, description: "Indikatorn." }) },
    resolve: async (query, _root, args, ctx) => {
      const i = await ctx.prisma.indicator.create({ data: indicatorData(args.input) });
      return ctx.prisma.indicator.findUniqueOrThrow({ ...query, where: { id: i.id } });
    },
  }),
  updateIndicator: t.prismaField({
    authScopes: { permission: "write:indicators" },
    type: "Indicator",
    description: "Ändra en indikator.",
    args: {
      id: t.arg.id({ required: true, description: "Indikatorns id." }),
      input: t.arg({ type: IndicatorInput, required: true, description: "Indikatorn." }),
    },
    resolve: async (query, _root, args, ctx) => {
      const id = decodeId(String(args.id), "Indicator", "id");
      await ctx.prisma.$transaction(async (tx) => {
        const [indicator] = await storedValues(tx, [id]);
        if (!indicator) throw new AppError("NOT_FOUND", "Indikatorn finns inte", { field: "id" });
        const data = indicatorData(args.input);
        refuseUnprotectingIndicator(protectedChange(ctx, [indicator]), { before: indicator.countsPeople, after: data.countsPeople });
        await tx.indicator.update({ where: { id }, data });
      });
      return ctx.prisma.indicator.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  addObservation: t.prismaField({
    authScopes: WRITE_STATISTICS,
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
    authScopes: WRITE_STATISTICS,
    type: "Observation",
    description: "Ändra ett värde, with the same checks.",
    args: {
      id: t.arg.id({ required: true, description: "Observationens id." }),
      input: t.arg({ type: ObservationInput, required: true, description: "Värdet." }),
    },
    resolve: async (query, _root, args, ctx) => {
      const id = decodeId(String(args.id), "Observation", "id");
      if (!(await ctx.prisma.observation.findUnique({ where: { id }, select: { id: true } })))
        throw notFoundFor(ctx, "write:statistics", "Observationen finns inte");
      await saveObservation(ctx, args.input, id);
      return ctx.prisma.observation.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  deleteObservation: t.boolean({
    authScopes: WRITE_STATISTICS,
    description: "Ta bort ett värde.",
    args: { id: t.arg.id({ required: true, description: "Observationens id." }) },
    resolve: async (_root, args, ctx) => {
      const id = decodeId(String(args.id), "Observation", "id");
      await ctx.prisma.$transaction(async (tx) => {
        const stored = await tx.observation.findUnique({ where: { id }, select: valueSelect });
        if (!stored) throw notFoundFor(ctx, "write:statistics", "Observationen finns inte");
        assertCanWriteProject(ctx, stored.projectId, "statistics");
        // Deleting a total would show the breakdowns it hid (see refuseChangeInProtectedGroup).
        refuseChangeInProtectedGroup(protectedChange(ctx, await storedValues(tx, [stored.indicatorId])), [toFacts(stored)], "id");
        await tx.observation.delete({ where: { id } });
      });
      return true;
    },
  }),
}));
