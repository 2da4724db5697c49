import type { ApolloClient } from "@apollo/client";

type Prefetch = (
  client: ApolloClient,
  params: Record<string, string | undefined>,
  search: URLSearchParams,
  loggedIn: Promise<boolean>,
) => Promise<unknown>;

/**
 * A page's first queries (its list, and the choices of its filters, which it shows with it), asked
 * while the page's chunk still downloads (they used to wait for the chunk, then for the page's
 * first render). Only the query documents and the page's pure reading of its address are loaded
 * for them (small chunks: nothing here may import more, this module is in the first download); the
 * variables are the page's own, so its useQuery joins the request under way or reads its answer
 * from the cache, and does not ask again (shared/prefetched.ts). The documents' chunk is asked for
 * at once (before the page's many chunks, which would queue it behind them); the queries wait
 * until someone is known to be logged in (else the login page comes first, not a "session ended").
 */
export const PREFETCH: Record<string, Prefetch> = {
  // AttentionPage, the county board's start page.
  attention: async (client, _params, search, loggedIn) => {
    const [{ ATTENTION }, { attentionVariables }, { GRANT_FILTER_OPTIONS }, { prefetchQuery }] = await Promise.all([
      import("../features/attention/attention.queries"),
      import("../features/attention/attention-variables"),
      import("../features/grants/grants.queries"),
      import("../shared/prefetched"),
    ]);
    if (await loggedIn)
      await Promise.all([prefetchQuery(client, ATTENTION, attentionVariables(search)), prefetchQuery(client, GRANT_FILTER_OPTIONS, {})]);
  },
  // GrantsPage.
  grants: async (client, _params, search, loggedIn) => {
    const [{ GRANTS_LIST, GRANT_FILTER_OPTIONS }, { grantFiltersOf, grantsListVariables, grantWhereOf }, { prefetchQuery }] =
      await Promise.all([
        import("../features/grants/grants.queries"),
        import("../features/grants/grant-filters"),
        import("../shared/prefetched"),
      ]);
    const filters = grantFiltersOf(search);
    if (await loggedIn)
      await Promise.all([
        prefetchQuery(client, GRANTS_LIST, grantsListVariables(filters, grantWhereOf(filters), null)),
        prefetchQuery(client, GRANT_FILTER_OPTIONS, {}),
      ]);
  },
  // GrantDetailPage.
  "grants/:id": async (client, { id = "" }, _search, loggedIn) => {
    const [{ GRANT_DETAIL }, { prefetchQuery }] = await Promise.all([
      import("../features/grants/grants.queries"),
      import("../shared/prefetched"),
    ]);
    if (await loggedIn) await prefetchQuery(client, GRANT_DETAIL, { id });
  },
  "financing/:id": async (client, { id = "" }, _search, loggedIn) => {
    const { prefetchProjectFinancing } = await import("../features/financing/financing.prefetch");
    if (await loggedIn) await prefetchProjectFinancing(client, id);
  },
};
