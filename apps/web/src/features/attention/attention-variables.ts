import { ATTENTION_ORDER } from "@bk/domain";
import type { AttentionKind, AttentionQueryVariables } from "../../gql/graphql";
import { PAGE_HEADS } from "../../shared/page-head/page-heads";

/** How far ahead the list looks: the same parameter and default as the intro index.html draws early (shared/page-head). */
const HORIZON = PAGE_HEADS.attention.params.days;

/** Items the page asks for at a time (and adds with "show more"). */
export const ATTENTION_PAGE = 100;

/** The kinds chosen in the address (`?kinds=REPORT_DUE,…`); a word that names no kind (an old or mistyped link) is left out. */
export const attentionKinds = (params: URLSearchParams) =>
  (params.get("kinds") ?? "").split(",").filter((k): k is AttentionKind => (ATTENTION_ORDER as readonly string[]).includes(k));

/**
 * The attention list's question for an address (`?today=…&days=…&funder=…&kinds=…`): today in
 * UTC's calendar unless a day is chosen, 30 days ahead unless another horizon is, the first page.
 * Read alike by the page and by its first query, asked before the page has loaded (app/prefetch.ts).
 */
export function attentionVariables(params: URLSearchParams) {
  const funder = params.get("funder");
  const kinds = attentionKinds(params);
  return {
    today: params.get("today") ?? new Date().toISOString().slice(0, 10),
    horizonDays: Number(params.get(HORIZON.param) ?? HORIZON.fallback),
    where: funder ? { funder: { equals: funder } } : null,
    kinds: kinds.length ? kinds : null,
    first: ATTENTION_PAGE,
  } satisfies AttentionQueryVariables;
}
