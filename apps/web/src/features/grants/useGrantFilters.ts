import { useMemo } from "react";
import { useSearchParams } from "../../shared/router";
import { type GrantFilters, grantFilterParams, grantFiltersOf, grantWhereOf, PAGE_SIZES, SORTS } from "./grant-filters";

/** Filter state lives in the URL, so a filtered list can be bookmarked, shared and gone back to. */
export function useGrantFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => grantFiltersOf(params), [params]);
  const update = (patch: Partial<GrantFilters>) => setParams(grantFilterParams({ ...filters, ...patch }), { replace: true });
  const where = useMemo(() => grantWhereOf(filters), [filters]);
  return {
    filters,
    update,
    clear: () => setParams(new URLSearchParams(), { replace: true }),
    where,
    orderBy: SORTS[filters.sort],
    pageSizes: PAGE_SIZES,
  };
}
