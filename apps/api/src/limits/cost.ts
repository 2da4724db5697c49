import { type GraphQLField, type GraphQLOutputType, isListType, isNonNullType } from "graphql";
import { DEFAULT_PAGE, UNPAGED_LIST_ESTIMATE } from "./limits";

type Cost = number | { field: number; multiplier: number };

const isList = (type: GraphQLOutputType): boolean => isListType(type) || (isNonNullType(type) && isListType(type.ofType));

/** A page size as the cost model reads it: the asked-for `first`/`last`, bounded to 0–100. */
function pageSize(args: Record<string, unknown>): number {
  const asked = typeof args.first === "number" ? args.first : typeof args.last === "number" ? args.last : DEFAULT_PAGE;
  return Math.min(100, Math.max(0, asked));
}

/**
 * The cost of one selected field (the schema builder's default for every field): 1 for the
 * field itself, and what it selects multiplied by how many items it can return: a connection
 * (a field with `first`) by its page size, `nodes(ids:)` by the number of ids, a connection's
 * `edges` by 1 (already counted), any other list by an estimate. Fields that compute over whole tables declare a higher cost of their own.
 */
export function fieldCost<C>(args: Record<string, unknown>, _ctx: C, field: GraphQLField<unknown, C>): Cost {
  if (field.args.some((a) => a.name === "first")) return { field: 1, multiplier: pageSize(args) };
  // `nodes(ids: […])` returns as many objects as it is given ids.
  if (Array.isArray(args.ids)) return { field: 1, multiplier: args.ids.length };
  if (field.name === "edges") return { field: 1, multiplier: 1 };
  if (isList(field.type)) return { field: 1, multiplier: UNPAGED_LIST_ESTIMATE };
  return 1;
}
