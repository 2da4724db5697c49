import type { GrantStatus } from "@bk/domain";
import type { GrantOrder, GrantsListQueryVariables, GrantWhere } from "../../gql/graphql";

// The grant list's filters as the address holds them, without React: the list page (useGrantFilters)
// and its first query asked before the page has loaded (app/prefetch.ts) read them alike.

export const SORTS = {
  newest: [{ field: "PERIOD_START_YEAR", direction: "DESC" }],
  grantedDesc: [{ field: "AMOUNT_GRANTED", direction: "DESC" }],
  appliedDesc: [{ field: "AMOUNT_APPLIED", direction: "DESC" }],
  decisionDesc: [{ field: "DECISION_DATE", direction: "DESC" }],
  title: [{ field: "TITLE", direction: "ASC" }],
} satisfies Record<string, GrantOrder[]>;
export type SortKey = keyof typeof SORTS;

export type GrantFilters = {
  text: string;
  status: GrantStatus[];
  funder: string | null;
  recipient: string | null;
  year: number | null;
  min: string;
  max: string;
  sort: SortKey;
  pageSize: number;
};

export const PAGE_SIZES = [10, 20, 50, 100];

/** The filters in an address's query string (`?q=…&status=…&year=…`); anything unknown falls back to the default. */
export function grantFiltersOf(params: URLSearchParams): GrantFilters {
  const year = Number(params.get("year"));
  const pageSize = Number(params.get("size"));
  const sort = params.get("sort") as SortKey;
  return {
    text: params.get("q") ?? "",
    status: (params.get("status")?.split(",").filter(Boolean) ?? []) as GrantStatus[],
    funder: params.get("funder"),
    recipient: params.get("recipient"),
    year: Number.isInteger(year) && year > 0 ? year : null,
    min: params.get("min") ?? "",
    max: params.get("max") ?? "",
    sort: sort in SORTS ? sort : "newest",
    pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : 20,
  };
}

/** The query string of `filters` (defaults left out): the inverse of grantFiltersOf. */
export function grantFilterParams(filters: GrantFilters): URLSearchParams {
  const out = new URLSearchParams();
  if (filters.text) out.set("q", filters.text);
  if (filters.status.length) out.set("status", filters.status.join(","));
  if (filters.funder) out.set("funder", filters.funder);
  if (filters.recipient) out.set("recipient", filters.recipient);
  if (filters.year) out.set("year", String(filters.year));
  if (filters.min) out.set("min", filters.min);
  if (filters.max) out.set("max", filters.max);
  if (filters.sort !== "newest") out.set("sort", filters.sort);
  if (filters.pageSize !== 20) out.set("size", String(filters.pageSize));
  return out;
}

/** The API's `where` for `filters`. */
export function grantWhereOf(filters: GrantFilters): GrantWhere {
  return {
    text: filters.text || undefined,
    status: filters.status.length ? { in: filters.status } : undefined,
    funder: filters.funder ? { equals: filters.funder } : undefined,
    recipient: filters.recipient ? { equals: filters.recipient } : undefined,
    year: filters.year ?? undefined,
    amountGranted: filters.min || filters.max ? { gte: filters.min || undefined, lte: filters.max || undefined } : undefined,
  };
}

/** The list page's query for a page of `filters` (the first page without `after`). */
export function grantsListVariables(filters: GrantFilters, where: GrantWhere, after: string | null): GrantsListQueryVariables {
  return { where, orderBy: SORTS[filters.sort], first: filters.pageSize, after };
}
