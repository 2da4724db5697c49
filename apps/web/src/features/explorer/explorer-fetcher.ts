import type { GraphiQLProps } from "graphiql";

type Fetcher = GraphiQLProps["fetcher"];

/** What GraphiQL asks for its schema; its answer is not a result the analyst wants to see as a table. */
const INTROSPECTION = "IntrospectionQuery";

/**
 * GraphiQL's fetcher: the same request the app's Apollo client makes (POST /graphql, same origin,
 * the session cookie, JSON, which is what the API's CSRF prevention requires). Every answer to the
 * analyst's own queries is also handed to `onResult` for the table, with what was run (to save it).
 */
export function explorerFetcher(onResult: (result: unknown, params: Parameters<Fetcher>[0]) => void): Fetcher {
  return async (params) => {
    const response = await fetch("/graphql", {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(params),
    });
    const result: unknown = await response.json();
    if (params.operationName !== INTROSPECTION) onResult(result, params);
    return result as Awaited<ReturnType<Fetcher>>;
  };
}
