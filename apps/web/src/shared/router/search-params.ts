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

/**
 * The address's query, and a setter of one of its values that keeps the others (an empty value removes
 * it) and replaces the history entry: a list's filters, each in the address.
 */
export function useQueryParam(): [URLSearchParams, (key: string, value: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return [params, setParam];
}
