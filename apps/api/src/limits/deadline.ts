import type { ApolloServerPlugin } from "@apollo/server";
import { timeoutError } from "./limit-error";

/**
 * Stops a query that runs longer than `ms`: once the time is up no further field is resolved,
 * and the answer is one TIMEOUT error (HTTP 503) instead of a half-filled result. Mutations are
 * left to finish (they run in one transaction, bounded by the database's own timeouts), so a
 * change that was saved is never reported as failed.
 */
export function deadlinePlugin<C extends object>(ms: number): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      const deadline = Date.now() + ms;
      let timedOut = false;
      return {
        async executionDidStart({ operation }) {
          if (operation?.operation !== "query") return;
          return {
            willResolveField() {
              if (timedOut || Date.now() > deadline) {
                timedOut = true;
                throw timeoutError(ms);
              }
            },
          };
        },
        async willSendResponse({ response }) {
          if (!timedOut || response.body.kind !== "single") return;
          const error = timeoutError(ms);
          const { http: _status, ...extensions } = error.extensions;
          response.body.singleResult = { errors: [{ message: error.message, extensions }] };
          response.http.status = 503;
        },
      };
    },
  };
}
