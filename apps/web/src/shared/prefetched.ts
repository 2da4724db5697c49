import type { ApolloClient, OperationVariables, TypedDocumentNode, WatchQueryFetchPolicy } from "@apollo/client";
import { useEffect, useState } from "react";

/**
 * Page queries asked before their page had loaded (app/prefetch.ts), by operation and variables,
 * with the moment they were asked. The page's useQuery then takes the answer from the cache (or
 * from the request under way, which Apollo shares) instead of asking the same question again at
 * once (the default cache-and-network would); from its next request on (new variables, a refetch)
 * it asks the network as before.
 */
const askedAt = new Map<string, number>();

/** How long ago a prefetched question may have been asked for the page to show its answer without asking again. */
const FRESH_MS = 10_000;

type Document = TypedDocumentNode<unknown, never> & { definitions: readonly { kind: string; name?: { value: string } }[] };

function keyOf(document: Document, variables: OperationVariables = {}): string {
  const operation = document.definitions.find((d) => d.kind === "OperationDefinition")?.name?.value ?? "";
  return `${operation} ${JSON.stringify(variables)}`;
}

/**
 * Asks `document` with `variables` for the page about to show, and notes it at once: the page may
 * render while the answer is still on its way (then its useQuery joins that request) or after it
 * came (then it reads the cache). A question that fails is forgotten, so the page asks it itself.
 */
export async function prefetchQuery<TData, TVariables extends OperationVariables>(
  client: ApolloClient,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Promise<void> {
  const key = keyOf(document as unknown as Document, variables);
  askedAt.set(key, Date.now());
  try {
    const result = await client.query({ query: document, variables } as ApolloClient.QueryOptions<TData, TVariables>);
    if (result.error) askedAt.delete(key);
  } catch (error) {
    askedAt.delete(key);
    throw error;
  }
}

const afterwards = (): WatchQueryFetchPolicy => "cache-and-network";

/**
 * The fetch policy of a page's first useQuery: "cache-first" once, when the same question was
 * prefetched in the last few seconds (answered, or on its way); otherwise the app's default. Read on the
 * page's first render only (a policy that changed later would make useQuery ask again).
 */
export function usePrefetchedPolicy(document: TypedDocumentNode<unknown, never>, variables?: OperationVariables) {
  const [key] = useState(() => keyOf(document as Document, variables));
  // Used once, by the page that shows it: taken out when that page is on screen, not when read (a
  // first render that React throws away, a part of the page still loading, reads it again).
  useEffect(() => {
    askedAt.delete(key);
  }, [key]);
  const [policy] = useState(() => {
    const at = askedAt.get(key);
    return at !== undefined && Date.now() - at < FRESH_MS
      ? { fetchPolicy: "cache-first" as const, nextFetchPolicy: afterwards }
      : { fetchPolicy: "cache-and-network" as const };
  });
  return policy;
}
