import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../context";
import type { ViewerCache } from "./viewer";

/**
 * Empties the sessions and tokens found recently after every mutation that ran, once it has finished
 * (its transaction committed or rolled back): a change of who may do what is also announced by the
 * database (ACCOUNTS_CHANGED), but that arrives on its own connection; this makes sure the very next
 * request in this process sees it. A mutation refused before it ran (anonymous, too costly, invalid)
 * changed nothing and empties nothing; nor does one that failed for nobody logged in (a wrong
 * password, a spent link), so nobody can empty the cache without logging in.
 */
export function viewerCachePlugin(cache: ViewerCache): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let ran = false;
      return {
        async executionDidStart({ operation }) {
          ran = operation?.operation === "mutation";
        },
        async willSendResponse({ response, contextValue }) {
          if (!ran) return;
          const failed = response.body.kind === "single" && !!response.body.singleResult.errors?.length;
          if (failed && !contextValue.viewer) return;
          cache.clear();
        },
      };
    },
  };
}
