/**
 * The app's routing: React Router's API as far as the app uses it (a browser history, nested
 * routes with parameters, links, the query), in some 1.5 KB instead of React Router's 13 KB
 * gzipped in the first download. Navigations render at once, not in a transition: a click shows
 * the new address's page (or its loader), never the old page under the new address. Paths are
 * absolute ("/grants/…"): a relative one resolves against the address, not the route.
 */
export { Link, type LinkProps, Navigate } from "./Link";
export { type Location, type NavigateOptions, navigateTo, sameSitePath, useLocation, useNavigate } from "./location";
export { matchRoutes, Outlet, type Params, type RouteMatch, type RouteObject, useParams, useRoutes } from "./routes";
export { useQueryParam, useSearchParams } from "./search-params";
