import { ownProjectsWhere } from "../../auth/visibility";
import { builder } from "../../builder";
import { VERSION_DESCRIPTION } from "../audit/expected-version";
import { sourcePassage, timestamps } from "../shared/common-fields";
import { defineListQuery, type ListSpec } from "../shared/list-query";
import { IndicatorRef } from "./indicator";
import { defineObservationAggregate } from "./observation-aggregate";
import { protectedField, readableObservations } from "./protection";

const ObservationRef = builder.prismaNode("Observation", {
  // Select mode: an indicator's few hundred values load only the columns asked for, plus what the
  // type's own rules read: the project (who may see it) and what protection works from, and the
  // breakdown. The fields of these columns read them from the row as it is (no `expose`, whose
  // per-field look-up of what the row was loaded with came to a tenth of reading a long list).
  select: { id: true, projectId: true, indicatorId: true, periodStart: true, periodEnd: true, value: true, breakdown: true },
  authScopes: (o) => ({ project: o.projectId }),
  // An object of another project answers FORBIDDEN as a whole (whatever fields are asked, __typename too).
  runScopesOnType: true,
  id: { field: "id", description: "Globalt id." },
  fields: (t) => ({
    version: t.exposeInt("version", { description: VERSION_DESCRIPTION }),
    indicator: t.relation("indicator", { description: "Indikatorn." }),
    project: t.relation("project", { nullable: true, description: "Projektet." }),
    organisation: t.relation("organisation", { nullable: true, description: "Rapporterande organisation." }),
    periodStart: t.field({
      type: "Date",
      nullable: true,
      description: "Period från; empty where the source does not say.",
      resolve: (o) => o.periodStart,
    }),
    periodEnd: t.field({
      type: "Date",
      nullable: true,
      description: "Period till (inclusive); for a point-in-time count the same as periodStart.",
      resolve: (o) => o.periodEnd,
    }),
    breakdown: t.string({
      nullable: true,
      description: 'Uppdelning, e.g. "bosatt i Haninge"; empty for the total.',
      resolve: (o) => o.breakdown,
    }),
    value: t.field({
      type: "Money",
      nullable: true,
      description:
        "Värde (exact decimal; IATI indicator/period/actual@value). Empty when protected: a count of people below the threshold, or one that would reveal such a count.",
      resolve: (o, _args, ctx) => protectedField(ctx, o, "value"),
    }),
    displayValue: t.string({
      description: 'Värdet som det visas: the value, or "<5" when protected.',
      resolve: (o, _args, ctx) => protectedField(ctx, o, "display"),
    }),
    suppressed: t.boolean({
      description: "Skyddat: hidden from this caller to protect small counts of people.",
      resolve: (o, _args, ctx) => protectedField(ctx, o, "suppressed"),
    }),
    suppressionReason: t.string({
      nullable: true,
      description: "SMALL_COUNT (the count itself is small) or SECONDARY (hidden so that a small count cannot be worked out).",
      resolve: (o, _args, ctx) => protectedField(ctx, o, "reason"),
    }),
    approximate: t.exposeBoolean("approximate"),
    note: t.exposeString("note", { nullable: true, description: "Anmärkning." }),
    ...sourcePassage(t),
    ...timestamps(t),
  }),
});

// An indicator's values with their protection worked out from the same statement (protection needs the
// whole history, which the values are, whoever asks), so each value's fields answer without waiting.
builder.prismaObjectField(IndicatorRef, "observations", (t) =>
  t.field({
    type: [ObservationRef],
    description: "Värden, for the projects the viewer may read, in the order of their periods.",
    resolve: (indicator, _args, ctx) => readableObservations(ctx, indicator.id),
  }),
);

builder.prismaObjectField(IndicatorRef, "observationCount", (t) =>
  t.relationCount("observations", {
    description:
      "Antal värden: how many of `observations` the viewer may read (the same projects), counted in the database; for a list of indicators without every value.",
    where: (_args, ctx) => ownProjectsWhere(ctx),
  }),
);

defineListQuery(
  "indicators",
  {
    model: "Indicator",
    visibleTo: () => ({}),
    text: ["name", "definition", "unit"],
    booleans: { countsPeople: { column: "countsPeople", description: "Räknar personer." } },
    order: { NAME: { column: "name", description: "Namn." } },
    defaultOrder: [{ name: "asc" }],
  },
  "Indikatorer (statistik).",
);

/** The observations list's filter, shared by observationAggregate (one definition of each filter). */
const observationListSpec: ListSpec = {
  model: "Observation",
  visibleTo: (ctx) => ownProjectsWhere(ctx),
  text: ["breakdown", "note", "indicator.name"],
  ids: {
    indicator: { column: "indicatorId", nodeType: "Indicator", description: "Indikator." },
    project: { column: "projectId", nodeType: "Project", description: "Projekt." },
    organisation: { column: "organisationId", nodeType: "Organisation", description: "Organisation." },
  },
  dates: {
    periodStart: { column: "periodStart", description: "Period från." },
    periodEnd: { column: "periodEnd", description: "Period till." },
  },
  strings: { breakdown: { column: "breakdown", description: "Uppdelning (exact name, ignoring case)." } },
  custom: {
    total: {
      type: "Boolean",
      description: "Totaler: true for totals only (no breakdown), false for breakdowns only.",
      where: (total: boolean) => ({ breakdown: total ? null : { not: null } }),
    },
  },
  // No sorting or filtering on the value: order would reveal protected small counts.
  order: { PERIOD_START: { column: "periodStart", description: "Period från.", nullable: true } },
  defaultOrder: [{ periodStart: "asc" }],
};

const { WhereInput: ObservationWhereInput } = defineListQuery(
  "observations",
  observationListSpec,
  "Observationer: indicator values per period and breakdown.",
);
defineObservationAggregate(observationListSpec, ObservationWhereInput);

builder.queryField("smallCountThreshold", (t) =>
  t.int({
    description:
      'Counts of people from 1 up to this number minus one are shown as "<threshold" to callers without the right to see raw figures.',
    resolve: (_root, _args, ctx) => ctx.smallCountThreshold,
  }),
);
