import type { GrantStatus } from "@bk/domain";
import { useMemo } from "react";
import { useSearchParams } from "react-router";
import type { GrantOrder, GrantWhere } from "../../gql/graphql";

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

const PAGE_SIZES = [10, 20, 50, 100];

/** Filter state lives in the URL, so a filtered list can be bookmarked, shared and gone back to. */
export function useGrantFilters() {
  const [params, setParams] = useSearchParams();
  const filters: GrantFilters = useMemo(() => {
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
  }, [params]);

  const update = (patch: Partial<GrantFilters>) => {
    const next = { ...filters, ...patch };
    const out = new URLSearchParams();
    if (next.text) out.set("q", next.text);
    if (next.status.length) out.set("status", next.status.join(","));
    if (next.funder) out.set("funder", next.funder);
    if (next.recipient) out.set("recipient", next.recipient);
    if (next.year) out.set("year", String(next.year));
    if (next.min) out.set("min", next.min);
    if (next.max) out.set("max", next.max);
    if (next.sort !== "newest") out.set("sort", next.sort);
    if (next.pageSize !== 20) out.set("size", String(next.pageSize));
    setParams(out, { replace: true });
  };

  const where: GrantWhere = useMemo(
    () => ({
      text: filters.text || undefined,
      status: filters.status.length ? { in: filters.status } : undefined,
      funder: filters.funder ? { equals: filters.funder } : undefined,
      recipient: filters.recipient ? { equals: filters.recipient } : undefined,
      year: filters.year ?? undefined,
      amountGranted: filters.min || filters.max ? { gte: filters.min || undefined, lte: filters.max || undefined } : undefined,
    }),
    [filters],
  );

  return {
    filters,
    update,
    clear: () => setParams(new URLSearchParams(), { replace: true }),
    where,
    orderBy: SORTS[filters.sort],
    pageSizes: PAGE_SIZES,
  };
}
