import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { getActor } from "./actor";

/** Same origin in production (one process serves the SPA and /graphql); proxied by Vite in dev. */
export function createApolloClient() {
  const withActor = new ApolloLink((operation, forward) => {
    const actor = getActor();
    if (actor) operation.setContext(({ headers = {} }) => ({ headers: { ...headers, "x-bidragskollen-user": encodeURIComponent(actor) } }));
    return forward(operation);
  });
  return new ApolloClient({
    link: ApolloLink.from([withActor, new HttpLink({ uri: "/graphql" })]),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: "cache-and-network" } },
  });
}
