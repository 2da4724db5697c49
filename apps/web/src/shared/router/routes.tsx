import { createContext, type ReactNode, useContext } from "react";
import { useLocation } from "./location";

/** A page at a path (relative to its parent's; none for a layout around its children), as React Router's. */
export interface RouteObject {
  path?: string;
  index?: boolean;
  element?: ReactNode;
  children?: RouteObject[];
}

export type Params = Record<string, string | undefined>;

/** One level of a matched branch, from the outermost route to the page. */
export interface RouteMatch {
  route: RouteObject;
  params: Params;
}

interface Branch {
  routes: RouteObject[];
  segments: string[];
  score: number;
  order: number;
}

const STATIC = 10;
const DYNAMIC = 3;
const SPLAT = -2;
const INDEX = 2;

const segmentsOf = (path: string) => path.split("/").filter(Boolean);

/**
 * The more specific a path, the higher it scores (React Router's ranking): a fixed word before a
 * parameter (`grants/new` before `grants/:id`), and `*` last, whatever the order of declaration.
 */
function scoreOf(segments: string[], index: boolean) {
  let score = segments.length + (index ? INDEX : 0);
  for (const segment of segments) score += segment === "*" ? SPLAT : segment.startsWith(":") ? DYNAMIC : STATIC;
  return score;
}

function flatten(routes: RouteObject[], parents: RouteObject[] = [], parentSegments: string[] = [], out: Branch[] = []) {
  for (const route of routes) {
    const chain = [...parents, route];
    const segments = [...parentSegments, ...segmentsOf(route.path ?? "")];
    if (route.children?.length) flatten(route.children, chain, segments, out);
    else if (route.path !== undefined || route.index)
      out.push({ routes: chain, segments, score: scoreOf(segments, !!route.index), order: out.length });
  }
  return out;
}

const decode = (value: string) => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};

/** The branch's parameters if `path` (split in segments) is one of its addresses, else null. Letters' case does not matter. */
function paramsOf(pattern: string[], path: string[]): Params | null {
  const params: Params = {};
  for (let i = 0; i < pattern.length; i++) {
    const segment = pattern[i];
    if (segment === "*") {
      params["*"] = path.slice(i).map(decode).join("/");
      return params;
    }
    if (i >= path.length) return null;
    if (segment.startsWith(":")) params[segment.slice(1)] = decode(path[i]);
    else if (segment.toLowerCase() !== decode(path[i]).toLowerCase()) return null;
  }
  return pattern.length === path.length ? params : null;
}

const branchesOf = new WeakMap<RouteObject[], Branch[]>();

/** The routes from the outermost to the page that `pathname` shows, or null when none does. */
export function matchRoutes(routes: RouteObject[], pathname: string): RouteMatch[] | null {
  let branches = branchesOf.get(routes);
  if (!branches) {
    branches = flatten(routes).sort((a, b) => b.score - a.score || a.order - b.order);
    branchesOf.set(routes, branches);
  }
  const path = segmentsOf(pathname);
  for (const branch of branches) {
    const params = paramsOf(branch.segments, path);
    if (params) return branch.routes.map((route) => ({ route, params }));
  }
  return null;
}

const OutletContext = createContext<ReactNode>(null);
const ParamsContext = createContext<Params>({});

/** The page that the current address shows, inside its layouts; nothing when no route matches. */
export function useRoutes(routes: RouteObject[]): ReactNode {
  const { pathname } = useLocation();
  const matches = matchRoutes(routes, pathname);
  if (!matches) return null;
  const params = matches[0].params;
  // From the page outwards: each layout's Outlet shows what is inside it.
  let page: ReactNode = null;
  for (let level = matches.length - 1; level >= 0; level--)
    page = <OutletContext.Provider value={page}>{matches[level].route.element ?? <Outlet />}</OutletContext.Provider>;
  return <ParamsContext.Provider value={params}>{page}</ParamsContext.Provider>;
}

/** Where a layout route shows its matched child. */
export function Outlet() {
  return <>{useContext(OutletContext)}</>;
}

/** The current page's path parameters (`:id`), decoded. */
export function useParams(): Params {
  return useContext(ParamsContext);
}
