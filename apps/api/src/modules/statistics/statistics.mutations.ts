import { builder } from "../../builder";
import { expectedVersionArg } from "../audit/expected-version";
import { decodeId } from "../shared/list-query";
import { addIndicator, deleteObservation, saveObservation, updateIndicator } from "./statistics.service";

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

/** The value as the domain takes it: Relay ids decoded, dates as ISO days. */
function observationInput(input: typeof ObservationInput.$inferInput) {
  return {
    ...input,
    indicatorId: decodeId(String(input.indicatorId), "Indicator", "input.indicatorId"),
    projectId: input.projectId ? decodeId(String(input.projectId), "Project", "input.projectId") : null,
    organisationId: input.organisationId ? decodeId(String(input.organisationId), "Organisation", "input.organisationId") : null,
  };
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

/** Values: of any project and organisation, or of one's own projects (checked per value in saveObservation). */
const WRITE_STATISTICS = { anyPermission: ["write:statistics", "write:ownStatistics"] } as const;

builder.mutationFields((t) => ({
  addIndicator: t.prismaField({
    authScopes: { permission: "write:indicators" },
    type: "Indicator",
    description: "Ny indikator.",
    args: { input: t.arg({ type: IndicatorInput, required: true, description: "Indikatorn." }) },
    resolve: async (query, _root, args, ctx) => {
      const i = await addIndicator(ctx, { input: args.input });
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
      expectedVersion: expectedVersionArg(t, "the indicator"),
    },
    resolve: async (query, _root, args, ctx) => {
      const id = decodeId(String(args.id), "Indicator", "id");
      await updateIndicator(ctx, { id, input: args.input, expectedVersion: args.expectedVersion });
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
      const o = await saveObservation(ctx, { id: null, input: observationInput(args.input) });
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
      expectedVersion: expectedVersionArg(t, "the value"),
    },
    resolve: async (query, _root, args, ctx) => {
      const id = decodeId(String(args.id), "Observation", "id");
      await saveObservation(ctx, { id, input: observationInput(args.input), expectedVersion: args.expectedVersion });
      return ctx.prisma.observation.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  deleteObservation: t.boolean({
    authScopes: WRITE_STATISTICS,
    description: "Ta bort ett värde.",
    args: {
      id: t.arg.id({ required: true, description: "Observationens id." }),
      expectedVersion: expectedVersionArg(t, "the value"),
    },
    resolve: async (_root, args, ctx) => {
      await deleteObservation(ctx, { id: decodeId(String(args.id), "Observation", "id"), expectedVersion: args.expectedVersion });
      return true;
    },
  }),
}));
