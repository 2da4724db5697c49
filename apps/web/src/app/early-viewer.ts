import { ApolloLink } from "@apollo/client";
import { print } from "@apollo/client/utilities";
import type { FormattedExecutionResult } from "graphql";
import { from, mergeMap, of } from "rxjs";

declare global {
  interface Window {
    /** Left by the early-viewer script of index.html (vite/early-viewer.ts): the Viewer query, already under way. */
    __bkViewer?: { query: string; response: Promise<FormattedExecutionResult | null> };
  }
}

/**
 * Answers the app's first Viewer query with the request index.html started before the app's
 * JavaScript arrived, when it is the same query (else, or when that request failed, asks anew).
 */
export const earlyViewerLink = new ApolloLink((operation, forward) => {
  const early = window.__bkViewer;
  if (!early || operation.operationName !== "Viewer") return forward(operation);
  window.__bkViewer = undefined;
  if (print(operation.query) !== early.query) return forward(operation);
  return from(early.response).pipe(mergeMap((result) => (result?.data ? of(result) : forward(operation))));
});
