import { encodeGlobalID } from "@pothos/plugin-relay";
import { builder } from "../../builder";
import type { Context } from "../../context";
import { badInput } from "../../errors";
import type { Paging } from "../../limits/argument-guard";
import { WHOLE_TABLE_COST } from "../../limits/limits";
import { type EntityQuery, entityLoader } from "../aggregates/aggregate-key";
import "../organisations/organisation";
import "../projects/project";
import { SortDirectionEnum } from "../shared/enums";
import { type defineListQuery, type ListSpec, visibleWhere } from "../shared/list-query";
import { offsetEdges, offsetPageOf } from "../shared/offset-page";
import { whereSql } from "../shared/where-sql";
import "./indicator";
import {
  type AggregateRequest,
  aggregatePage,
  aggregateTotals,
  type ObservationCell,
  type ObservationDimension,
  type ObservationOrderField,
} from "./observation-aggregate-sql";

/** At most this many dimensions at once, and this many groups a page. */
export const MAX_DIMENSIONS = 4;
export const MAX_GROUPS = 500;
const DEFAULT_GROUPS = 20;

const PROTECTION_RULE =
  "Small-count protection (for callers who may not see raw counts): a sum is shown only when every value in it belongs to a " +
  "protection group (indicator, period and project or reporter) that hides nothing, i.e. only values everyone sees one by one. " +
  "Any shown sum, and any difference of shown sums of several aggregates with other filters or of the totals, is therefore " +
  "made of values already shown and cannot reveal a hidden count. Only indicators that count people are protected; other units are summed plainly.";

const DimensionEnum = builder.enumType("ObservationDimension", {
  description: "Vad statistiken grupperas efter (one or several at once).",
  values: {
    INDICATOR: { description: "Indikator." },
    PROJECT: { description: "Projekt." },
    ORGANISATION: { description: "Rapporterande organisation." },
    PERIOD: { description: "Period (first and last day)." },
    YEAR: { description: "År: the year the period starts." },
    BREAKDOWN: { description: "Uppdelning; the total (no breakdown) is the group with breakdown null." },
  } satisfies Record<ObservationDimension, { description: string }>,
});

const OrderFieldEnum = builder.enumType("ObservationAggregateOrderField", {
  description: "Sorting of observation groups: a dimension in groupBy, the number of values or the shown sum.",
  values: {
    INDICATOR: { description: "Indikatorns namn." },
    PROJECT: { description: "Projektets namn." },
    ORGANISATION: { description: "Organisationens namn." },
    PERIOD: { description: "Period från, then till." },
    YEAR: { description: "År." },
    BREAKDOWN: { description: "Uppdelning (the total first)." },
    COUNT: { description: "Antal värden." },
    SUM: { description: "Summa as shown: protected sums sort as empty (last), so order reveals nothing." },
  } satisfies Record<ObservationOrderField, { description: string }>,
});

const OrderInput = builder.inputType("ObservationAggregateOrder", {
  description: "Sortering av grupper.",
  fields: (t) => ({
    field: t.field({ type: OrderFieldEnum, required: true, description: "Sorteringsfält." }),
    direction: t.field({ type: SortDirectionEnum, required: false, defaultValue: "ASC", description: "Riktning." }),
  }),
});

const ProtectionEnum = builder.enumType("ObservationAggregateProtection", {
  description: "Why a sum is hidden.",
  values: {
    SMALL_COUNT: { description: "The sum is itself a small count of people (1 up to the threshold minus one)." },
    PROTECTED_VALUES: { description: "The sum includes values protected in their own group (a small count, or one that would reveal it)." },
  },
});

/**
 * The indicator, project or organisation a key names, loaded with what the query selects of it:
 * one statement per kind (and selection) per request, however many groups the page has.
 */
const keyEntity = (entity: "Indicator" | "Project" | "Organisation", id: string | null, query: EntityQuery, ctx: Context) =>
  (id ? entityLoader(ctx, entity, query).load(id) : null) as never;

const cellFields = (
  t: Parameters<NonNullable<Parameters<ReturnType<typeof builder.objectRef<ObservationCell>>["implement"]>[0]["fields"]>>[0],
) => ({
  count: t.exposeInt("count", {
    description: "Antal värden (observations) in the cell: a number of values, never of people; never protected.",
  }),
  sum: t.field({
    type: "Money",
    nullable: true,
    description: `Summa of the values (exact decimal). Empty when protected, or when the cell mixes indicators of different units (unit is then empty). ${PROTECTION_RULE}`,
    resolve: (c) => c.sum,
  }),
  unit: t.string({ nullable: true, description: "Enhet of the values, when they share one.", resolve: (c) => c.unit }),
  protected: t.boolean({
    description: "Skyddad: the sum is hidden to protect small counts of people.",
    resolve: (c) => c.protection !== null,
  }),
  protection: t.field({ type: ProtectionEnum, nullable: true, description: "Why the sum is hidden.", resolve: (c) => c.protection }),
});

const CellRef = builder.objectRef<ObservationCell>("ObservationAggregateCell").implement({
  description: "Antal och summa for a set of observations, protected like every aggregate cell.",
  fields: (t) => cellFields(t),
});

const idOf = (type: string, id: string | null) => (id ? encodeGlobalID(type, id) : null);

const KeyRef = builder.objectRef<ObservationCell>("ObservationAggregateKey").implement({
  description:
    "Gruppens nyckel: one field per dimension grouped by (the others are empty). An entity's key is its Relay id and the entity.",
  fields: (t) => ({
    indicatorId: t.id({
      nullable: true,
      description: "Indikatorns globala id (INDICATOR).",
      resolve: (c) => idOf("Indicator", c.indicatorId),
    }),
    indicator: t.prismaField({
      type: "Indicator",
      nullable: true,
      description: "Indikatorn (INDICATOR).",
      resolve: (query, c, _a, ctx) => keyEntity("Indicator", c.indicatorId, query, ctx),
    }),
    projectId: t.id({
      nullable: true,
      description: "Projektets globala id (PROJECT; empty for values of no project).",
      resolve: (c) => idOf("Project", c.projectId),
    }),
    project: t.prismaField({
      type: "Project",
      nullable: true,
      description: "Projektet (PROJECT).",
      resolve: (query, c, _a, ctx) => keyEntity("Project", c.projectId, query, ctx),
    }),
    organisationId: t.id({
      nullable: true,
      description: "Rapporterande organisations globala id (ORGANISATION).",
      resolve: (c) => idOf("Organisation", c.organisationId),
    }),
    organisation: t.prismaField({
      type: "Organisation",
      nullable: true,
      description: "Rapporterande organisation (ORGANISATION).",
      resolve: (query, c, _a, ctx) => keyEntity("Organisation", c.organisationId, query, ctx),
    }),
    periodStart: t.field({ type: "Date", nullable: true, description: "Period från (PERIOD).", resolve: (c) => c.periodStart }),
    periodEnd: t.field({ type: "Date", nullable: true, description: "Period till (PERIOD).", resolve: (c) => c.periodEnd }),
    year: t.int({ nullable: true, description: "År (YEAR): the year the period starts.", resolve: (c) => c.year }),
    breakdown: t.string({ nullable: true, description: "Uppdelning (BREAKDOWN); empty for the total.", resolve: (c) => c.breakdown }),
  }),
});

const GroupRef = builder.objectRef<ObservationCell>("ObservationAggregateGroup").implement({
  description: "En grupp av observationer: its key and its cell.",
  fields: (t) => ({
    key: t.field({ type: KeyRef, description: "Gruppens nyckel.", resolve: (c) => c }),
    ...cellFields(t),
  }),
});

type Args = {
  where?: Record<string, unknown> | null;
  groupBy: ObservationDimension[];
  orderBy?: { field: ObservationOrderField; direction?: "ASC" | "DESC" | null }[] | null;
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
};

/** The request as the SQL takes it, refusing what is out of bounds with the field that says so. */
function requestOf(spec: ListSpec, args: Args, ctx: Context): AggregateRequest {
  const dimensions = [...new Set(args.groupBy)];
  if (dimensions.length > MAX_DIMENSIONS) throw badInput("groupBy", "argument.tooManyValues", { max: MAX_DIMENSIONS });
  for (const [key, v] of [
    ["first", args.first],
    ["last", args.last],
  ] as const) {
    if (v != null && (v < 1 || v > MAX_GROUPS)) throw badInput(key, "value.between", { min: 1, max: MAX_GROUPS, value: String(v) });
  }
  (args.orderBy ?? []).forEach((o, i) => {
    if (o.field !== "COUNT" && o.field !== "SUM" && !dimensions.includes(o.field))
      throw badInput(`orderBy.${i}.field`, "observationAggregate.orderNotGrouped", { field: o.field });
  });
  return {
    filter: whereSql("Observation", visibleWhere(spec, args.where, ctx), "obs"),
    dimensions,
    threshold: ctx.smallCountThreshold,
    rawFigures: ctx.rawFigures,
  };
}

function pageOf(args: Args) {
  return offsetPageOf(args, { defaultSize: DEFAULT_GROUPS, maxSize: MAX_GROUPS });
}

type Connection = {
  edges: { cursor: string; node: ObservationCell }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
  totals: () => Promise<ObservationCell>;
};

/**
 * `Query.observationAggregate`: counts and sums of observations grouped in PostgreSQL by one or
 * several dimensions, with small-count protection on every cell (observation-aggregate-sql.ts).
 * Two statements at most whatever the data: the page (with the number of groups) and, if asked,
 * the totals.
 */
export function defineObservationAggregate(spec: ListSpec, WhereInput: ReturnType<typeof defineListQuery>["WhereInput"]) {
  builder.queryField("observationAggregate", (t) =>
    t.connection(
      {
        type: GroupRef,
        description:
          "Statistik: antal och summor of observations grouped by one or several dimensions (e.g. [INDICATOR, YEAR, BREAKDOWN]), " +
          "computed with GROUP BY in the database. Without BREAKDOWN only totals (values without a breakdown) are counted, so a total " +
          `and its breakdowns are never added together. At most ${MAX_DIMENSIONS} dimensions and ${MAX_GROUPS} groups a page. ${PROTECTION_RULE}`,
        args: {
          where: t.arg({ type: WhereInput, required: false, description: "Same filter as `observations`." }),
          groupBy: t.arg({
            type: [DimensionEnum],
            required: true,
            description: `Dimensioner (at most ${MAX_DIMENSIONS}; [] for one group).`,
          }),
          orderBy: t.arg({
            type: [OrderInput],
            required: false,
            description: "Sortering; by the dimensions in groupBy's order unless given.",
          }),
        },
        extensions: { paging: { maxPage: MAX_GROUPS, cursor: "offset" } satisfies Paging },
        complexity: (args) => ({
          field: WHOLE_TABLE_COST,
          multiplier: Math.min(MAX_GROUPS, Math.max(1, args.first ?? args.last ?? DEFAULT_GROUPS)),
        }),
        resolve: async (_root, args, ctx): Promise<Connection> => {
          const request = requestOf(spec, args as Args, ctx);
          const page = pageOf(args as Args);
          const order = (args.orderBy ?? []).map((o) => ({ field: o.field, direction: o.direction ?? "ASC" }));
          const { total, cells } = await aggregatePage(ctx.prisma, request, order, page.offset, page.limit);
          return {
            ...offsetEdges(cells, page, total),
            totalCount: total,
            totals: () => aggregateTotals(ctx.prisma, request),
          };
        },
      },
      {
        name: "ObservationAggregateConnection",
        description: "A page of observation groups (Relay connection) with the number of groups and the totals.",
        fields: (c) => ({
          totalCount: c.int({ description: "Antal grupper.", resolve: (conn) => (conn as unknown as Connection).totalCount }),
          totals: c.field({
            type: CellRef,
            description: "Totalt for everything matching `where`: the same as groupBy [] (totals only), protected by the same rule.",
            resolve: (conn) => (conn as unknown as Connection).totals(),
          }),
        }),
      },
      { name: "ObservationAggregateEdge", description: "One observation group with its cursor." },
    ),
  );
}
