import { useCallback, useMemo } from "react";
import { type NavigateOptions, navigateTo, useLocation } from "./location";

type ParamsInit = URLSearchParams | Record<string, string>;

/**
 * The address's query as URLSearchParams (a new object only when the query changes), and a setter
 * that replaces the whole query on the same path (the fragment, which pointed into the old page, goes).
 */
export function useSearchParams(): [URLSearchParams, (next: ParamsInit, options?: NavigateOptions) => void] {
  const { search, pathname } = useLocation();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const setParams = useCallback(
    (next: ParamsInit, options?: NavigateOptions) => {
      const query = new URLSearchParams(next).toString();
      navigateTo(`${pathname}${query ? `?${query}` : ""}`, options);
    },
    [pathname],
  );
  return [params, setParams];
}
