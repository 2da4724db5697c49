import type { ApolloClient } from "@apollo/client";

type Prefetch = (
  client: ApolloClient,
  params: Record<string, string | undefined>,
  search: URLSearchParams,
  loggedIn: Promise<boolean>,
) => Promise<unknown>;

/**
 * A detail page's first query, asked while the page's chunk still downloads (it used to wait for
 * the chunk, then for the page's first render). Only the query documents are loaded for it (a
 * small chunk: nothing here may import more, this module is in the first download); the variables
 * are the page's own, so its useQuery finds the request under way (Apollo deduplicates it) or its
 * answer in the cache. The documents' chunk is asked for at once (before the page's many chunks,
 * which would queue it behind them); the query waits until someone is known to be logged in
 * (else the login page comes first, not a "session ended").
 */
export const PREFETCH: Record<string, Prefetch> = {
  // GrantDetailPage.
  "grants/:id": async (client, { id = "" }, _search, loggedIn) => {
    const { GRANT_DETAIL } = await import("../features/grants/grants.queries");
    if (await loggedIn) await client.query({ query: GRANT_DETAIL, variables: { id } });
  },
  "financing/:id": async (client, { id = "" }, _search, loggedIn) => {
    const { prefetchProjectFinancing } = await import("../features/financing/financing.prefetch");
    if (await loggedIn) await prefetchProjectFinancing(client, id);
  },
};
