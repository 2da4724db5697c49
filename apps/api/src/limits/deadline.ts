import type { ApolloServerPlugin } from "@apollo/server";
import type { Deadline } from "./deadline-check";
import { timeoutError } from "./limit-error";

/**
 * Stops a query that runs longer than `ms`: once the time is up no further field is resolved
 * (checkDeadline, run before every field: deadline-check.ts), and the answer is one TIMEOUT error
 * (HTTP 503) instead of a half-filled result. Mutations are left to finish (they run in one
 * transaction, bounded by the database's own timeouts), so a change that was saved is never
 * reported as failed.
 */
export function deadlinePlugin<C extends { deadline?: Deadline }>(ms: number): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      const at = Date.now() + ms;
      let deadline: Deadline | undefined;
      return {
        async executionDidStart({ operation, contextValue }) {
          if (operation?.operation !== "query") return;
          deadline = { at, ms, passed: false };
          contextValue.deadline = deadline;
        },
        async willSendResponse({ response }) {
          if (!deadline?.passed || response.body.kind !== "single") return;
          const error = timeoutError(ms);
          const { http: _status, ...extensions } = error.extensions;
          response.body.singleResult = { errors: [{ message: error.message, extensions }] };
          response.http.status = 503;
        },
      };
    },
  };
}
