import { fromOre, toOre } from "@bk/domain";
import type { Prisma } from "@bk/domain/server";
import { offsetForArgs, offsetToCursor } from "@pothos/plugin-relay";
import { builder } from "../../builder";
import type { Context } from "../../context";
import type { Paging } from "../../limits/argument-guard";
import { WHOLE_TABLE_COST } from "../../limits/limits";
import { SortDirectionEnum } from "../shared/enums";
import { type ListSpec, visibleWhere } from "../shared/list-query";
import { whereSql } from "../shared/where-sql";
import { type AggregateGroup, AggregateKeyRef, type AggregateValues, type Measured } from "./aggregate-key";
import { AGGREGATE_PAGE, checkAggregateArgs, MAX_DIMENSIONS } from "./aggregate-limits";
import { type AggregateOrder, type AggregateRow, aggregateStatement, type Fact, type Measure } from "./aggregate-sql";

type Args = {
  // biome-ignore lint/suspicious/noExplicitAny: the list's where input, validated by GraphQL.
  where?: Record<string, any> | null;
  groupBy: string[];
  orderBy?: AggregateOrder<string, string>[] | null;
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
};

/** What the connection resolves to: the page's edges and, beside them, the totals and the number of groups. */
type AggregatePage = {
  edges: { cursor: string; node: AggregateGroup }[];
  pageInfo: { startCursor: string | null; endCursor: string | null; hasPreviousPage: boolean; hasNextPage: boolean };
  totalCount: number;
  totals: Measured;
};

/** `amountApplied` → `AMOUNT_APPLIED`: the GraphQL name of a measure. */
const constantCase = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase();

const money = (v: string | number | null) => fromOre(toOre(v == null ? "0" : String(v)));

function valuesOf(measures: [string, Measure][], row: AggregateRow, readsAll: boolean): AggregateValues {
  return Object.fromEntries(
    measures.map(([m, def]) => {
      if (def.readersOfAll && !readsAll) return [m, null];
      return [m, def.type === "Money" ? money(row[m]) : Number(row[m] ?? 0)];
    }),
  );
}

type FieldBuilder = Parameters<NonNullable<Parameters<ReturnType<typeof builder.objectRef<Measured>>["implement"]>[0]["fields"]>>[0];

/** The measures as fields of a group or of the totals. */
function measureFields(measures: [string, Measure][], t: FieldBuilder) {
  return Object.fromEntries(
    measures.map(([m, def]) => {
      const options = { description: def.description, nullable: !!def.readersOfAll };
      return [
        m,
        def.type === "Int"
          ? t.int({ ...options, resolve: (v) => v.values[m] as number })
          : t.field({ ...options, type: "Money", resolve: (v) => v.values[m] as string }),
      ];
    }),
  );
}

/**
 * Defines `Query.<name>`: the fact's rows matching the list's own `where` (one definition of
 * every filter, the list's visibility included), grouped by one to four dimensions at once, with
 * every measure per group, sorted by any measure or dimension, paged over the groups
 * (`first`/`after`, offset cursors), with the totals and the number of groups. One SQL statement.
 */
export function defineAggregateQuery<D extends string, M extends string>(
  name: string,
  fact: Fact<D, M>,
  list: { spec: ListSpec; where: Parameters<typeof builder.inputType>[0] | object },
  description: string,
) {
  const measures = Object.entries(fact.measures) as [M, Measure][];
  const DimensionEnum = builder.enumType(`${fact.name}Dimension`, {
    description: `Dimensions ${name} can group by (several at once: GROUP BY the tuple).`,
    values: Object.fromEntries(
      Object.entries<{ description: string }>(fact.dimensions).map(([d, v]) => [d, { description: v.description }]),
    ),
  });
  const MeasureEnum = builder.enumType(`${fact.name}Measure`, {
    description: `Measures of ${name}, for sorting.`,
    values: Object.fromEntries(measures.map(([m, v]) => [constantCase(m), { value: m, description: v.description }])),
  });
  const OrderInput = builder.inputType(`${fact.name}AggregateOrder`, {
    description: `Sorting of ${name}'s groups: by a measure or by a dimension of the grouping (exactly one). Ties are broken by every key ascending.`,
    fields: (t) => ({
      measure: t.field({ type: MeasureEnum, required: false, description: "Mått." }),
      dimension: t.field({ type: DimensionEnum, required: false, description: "Dimension (entities sort by name, years as numbers)." }),
      direction: t.field({ type: SortDirectionEnum, required: false, defaultValue: "ASC", description: "Riktning." }),
    }),
  });
  const TotalsRef = builder.objectRef<Measured>(`${fact.name}AggregateTotals`).implement({
    description: `Totals of ${name} over all its groups (not only the page).`,
    fields: (t) => measureFields(measures, t),
  });
  const GroupRef = builder.objectRef<AggregateGroup>(`${fact.name}AggregateGroup`).implement({
    description: `One group of ${name}: its keys (one per dimension, in the order of groupBy) and its measures.`,
    fields: (t) => ({
      keys: t.field({
        type: [AggregateKeyRef],
        description: "The group's key for each dimension of groupBy, in that order.",
        complexity: { field: 1, multiplier: MAX_DIMENSIONS },
        resolve: (g) => g.keys,
      }),
      ...(measureFields(measures, t as unknown as FieldBuilder) as object),
    }),
  });

  builder.queryField(name, (t) =>
    t.connection(
      {
        type: GroupRef as never,
        description,
        args: {
          where: t.arg({
            type: list.where as never,
            required: false,
            description: `Same filter as \`${list.spec.model[0].toLowerCase()}${list.spec.model.slice(1)}s\`.`,
          }),
          groupBy: t.arg({ type: [DimensionEnum], required: true, description: `1–${MAX_DIMENSIONS} dimensions, each once.` }),
          orderBy: t.arg({ type: [OrderInput], required: false, description: "Sortering; every key ascending breaks ties." }),
        },
        complexity: (args: { first?: number | null; last?: number | null }) => ({
          field: WHOLE_TABLE_COST,
          multiplier: Math.min(AGGREGATE_PAGE.max, Math.max(1, args.first ?? args.last ?? AGGREGATE_PAGE.default)),
        }),
        extensions: { paging: { maxPage: AGGREGATE_PAGE.max, cursor: "offset" } satisfies Paging },
        resolve: async (_root: unknown, args: Args, ctx: Context): Promise<AggregatePage> => {
          const groupBy = args.groupBy as D[];
          const orderBy = (args.orderBy ?? []) as AggregateOrder<D, M>[];
          checkAggregateArgs(groupBy, orderBy, args);
          const readsAll = !!ctx.viewer?.permissions.has("read:all");
          const page = offsetForArgs({ args, defaultSize: AGGREGATE_PAGE.default, maxSize: AGGREGATE_PAGE.max });
          const rows = await ctx.prisma.$queryRaw<AggregateRow[]>(
            aggregateStatement(fact, {
              filter: aggregateFilter(list.spec, fact, args.where, groupBy, ctx),
              groupBy,
              orderBy,
              offset: page.offset,
              limit: page.limit,
              readsAll,
            }),
          );
          const [totals, ...groups] = rows;
          const nodes = groups.map((row) => ({
            keys: groupBy.map((d, i) => {
              const value = row[`k${i}`] as string | null;
              const def = fact.dimensions[d];
              return { dimension: d, value, entity: def.entity ?? null, name: row[`n${i}`] as string | null, label: def.label(value) };
            }),
            values: valuesOf(measures, row, readsAll),
          }));
          const edges = nodes.slice(0, page.expectedSize).map((node, i) => ({ cursor: offsetToCursor(page.offset + i), node }));
          return {
            edges,
            pageInfo: {
              startCursor: edges[0]?.cursor ?? null,
              endCursor: edges.at(-1)?.cursor ?? null,
              hasPreviousPage: page.hasPreviousPage,
              hasNextPage: page.hasNextPage(nodes.length),
            },
            totalCount: totals?.groupCount ?? 0,
            totals: { values: valuesOf(measures, totals, readsAll) },
          };
        },
      } as never,
      {
        name: `${fact.name}AggregateConnection`,
        description: `A page of ${name}'s groups (Relay connection), with the totals over all groups.`,
        fields: (c: FieldBuilder) => ({
          totalCount: c.int({ description: "Antal grupper (all pages).", resolve: (p) => (p as unknown as AggregatePage).totalCount }),
          totals: c.field({
            type: TotalsRef,
            description: "Totals over all groups.",
            resolve: (p) => (p as unknown as AggregatePage).totals,
          }),
        }),
      } as never,
      { name: `${fact.name}AggregateEdge`, description: `One group of ${name} with its cursor.` } as never,
    ),
  );
}

/**
 * The list's filter within what the viewer may see, as SQL on the fact's table; grouping by a
 * private dimension (a grant's project) narrows it to the viewer's own projects, as filtering
 * on it does in the list.
 */
function aggregateFilter<D extends string>(
  spec: ListSpec,
  fact: Fact<D, string>,
  where: Args["where"],
  groupBy: D[],
  ctx: Context,
): Prisma.Sql {
  const visible = visibleWhere(spec, where, ctx);
  const narrowed = spec.private && groupBy.some((d) => fact.dimensions[d].private) ? { AND: [visible, spec.private.scope(ctx)] } : visible;
  return whereSql(spec.model, narrowed, spec.model[0].toLowerCase() + spec.model.slice(1));
}
