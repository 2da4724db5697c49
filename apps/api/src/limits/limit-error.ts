import { wordReason } from "@bk/domain";
import { GraphQLError } from "graphql";
import { refusalExtensions } from "../refusal";
import type { QueryLimit } from "./limits";

/** QUERY_TOO_COMPLEX naming the limit, its maximum and (when known, in `found`) what the query had. */
export function limitError(limit: QueryLimit, max: number, found?: number): GraphQLError {
  const params = { limit: `${limit}`, max };
  return new GraphQLError(wordReason("query.tooComplex", params, "en"), {
    extensions: {
      ...refusalExtensions({ code: "QUERY_TOO_COMPLEX", reason: "query.tooComplex", params }),
      limit,
      max,
      ...(found == null ? {} : { found }),
      http: { status: 400 },
    },
  });
}

/** TIMEOUT: the request ran longer than allowed and was stopped. */
export function timeoutError(ms: number): GraphQLError {
  const params = { seconds: ms / 1000 };
  return new GraphQLError(wordReason("query.timeout", params, "en"), {
    extensions: { ...refusalExtensions({ code: "TIMEOUT", reason: "query.timeout", params }), limitMs: ms, http: { status: 503 } },
  });
}
