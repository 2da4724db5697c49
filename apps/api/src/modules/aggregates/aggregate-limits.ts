import { badInput } from "../../errors";
import type { AggregateOrder } from "./aggregate-sql";

/** At most this many dimensions in one grouping. */
export const MAX_DIMENSIONS = 4;
/** At most this many orderings (each dimension and a few measures). */
const MAX_ORDERS = 10;
/** Pages over groups: 1–500 groups, 100 unless asked (the argument guard reads this from the field's extensions). */
export const AGGREGATE_PAGE = { default: 100, max: 500 } as const;

/** Refuses, naming the argument, a grouping of no or too many dimensions, a dimension twice, an ordering that is not one thing. */
export function checkAggregateArgs(
  groupBy: readonly string[],
  orderBy: readonly AggregateOrder<string, string>[],
  page: { first?: number | null; last?: number | null; before?: string | null },
) {
  if (groupBy.length < 1 || groupBy.length > MAX_DIMENSIONS)
    throw badInput("groupBy", "aggregate.dimensionCount", { min: 1, max: MAX_DIMENSIONS, value: String(groupBy.length) });
  groupBy.forEach((d, i) => {
    if (groupBy.indexOf(d) !== i) throw badInput(`groupBy.${i}`, "aggregate.dimensionRepeated", { dimension: d });
  });
  if (orderBy.length > MAX_ORDERS) throw badInput("orderBy", "argument.tooManyValues", { max: MAX_ORDERS });
  orderBy.forEach((o, i) => {
    if (!o.measure === !o.dimension) throw badInput(`orderBy.${i}`, "aggregate.orderOneOf");
    if (o.dimension && !groupBy.includes(o.dimension))
      throw badInput(`orderBy.${i}.dimension`, "aggregate.orderNotGrouped", { dimension: o.dimension });
  });
  if (page.last != null && page.first == null && page.before == null) throw badInput("last", "aggregate.lastNeedsBefore");
  for (const key of ["first", "last"] as const) {
    const n = page[key];
    if (n != null && (n < 1 || n > AGGREGATE_PAGE.max))
      throw badInput(key, "value.between", { min: 1, max: AGGREGATE_PAGE.max, value: String(n) });
  }
}
