import { ApolloClient, ApolloLink, CombinedGraphQLErrors, InMemoryCache } from "@apollo/client";
import { ErrorLink } from "@apollo/client/link/error";
import { BaseHttpLink } from "@apollo/client/link/http";
import { earlyViewerLink } from "./early-viewer";

/** Operations where UNAUTHENTICATED is the answer to the form, not a lost session. */
const LOGIN_OPERATIONS = new Set(["LogIn", "SetPasswordWithLink", "Viewer"]);

/**
 * Same origin in production (one process serves the SPA and /graphql); proxied by Vite in dev.
 * The session cookie travels by itself; when it has expired, the next request answers
 * UNAUTHENTICATED and the user is taken to the login page, to come back where they were.
 */
export function createApolloClient() {
  const sessionEnded = new ErrorLink(({ error, operation }) => {
    const ended =
      CombinedGraphQLErrors.is(error) &&
      error.errors.some((e) => e.extensions?.code === "UNAUTHENTICATED") &&
      !LOGIN_OPERATIONS.has(operation.operationName ?? "");
    if (ended && !window.location.pathname.startsWith("/login")) {
      const next = encodeURIComponent(window.location.pathname + window.location.search);
      window.location.assign(`/login?expired=1&next=${next}`);
    }
  });
  // BaseHttpLink: HttpLink without its client-awareness link, which names the client in headers or
  // extensions only when configured to (we do not), and was half a kilobyte of the first download.
  return new ApolloClient({
    link: ApolloLink.from([sessionEnded, earlyViewerLink, new BaseHttpLink({ uri: "/graphql", credentials: "same-origin" })]),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: "cache-and-network" } },
  });
}
