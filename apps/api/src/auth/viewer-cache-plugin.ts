import type { ApolloServerPlugin } from "@apollo/server";
import type { ViewerCache } from "./viewer";

/**
 * Empties the sessions and tokens found recently after every mutation, once it has finished (its
 * transaction committed or rolled back): any mutation may change who may do what (logging out,
 * revoking a token, a user's roles or projects), and mutations are few beside the questions.
 */
export function viewerCachePlugin<C extends object>(cache: ViewerCache): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation }) {
          if (operation?.operation === "mutation") cache.clear();
        },
      };
    },
  };
}
