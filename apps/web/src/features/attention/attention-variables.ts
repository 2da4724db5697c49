import type { AttentionQueryVariables } from "../../gql/graphql";

/**
 * The attention list's question for an address (`?today=…&days=…&funder=…`): today in UTC's
 * calendar unless a day is chosen, 30 days ahead unless another horizon is. Read alike by the
 * page and by its first query, asked before the page has loaded (app/prefetch.ts).
 */
export function attentionVariables(params: URLSearchParams) {
  const funder = params.get("funder");
  return {
    today: params.get("today") ?? new Date().toISOString().slice(0, 10),
    horizonDays: Number(params.get("days") ?? 30),
    where: funder ? { funder: { equals: funder } } : null,
  } satisfies AttentionQueryVariables;
}
