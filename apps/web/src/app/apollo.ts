import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";

/** Same origin in production (one process serves the SPA and /graphql); proxied by Vite in dev. */
export function createApolloClient() {
  return new ApolloClient({
    link: new HttpLink({ uri: "/graphql" }),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: "cache-and-network" } },
  });
}
