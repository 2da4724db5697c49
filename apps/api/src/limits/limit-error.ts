import { GraphQLError } from "graphql";
import type { QueryLimit } from "./limits";

const NAMES: Record<QueryLimit, string> = {
  depth: "djup",
  aliases: "alias",
  tokens: "längd (tokens)",
  directives: "direktiv",
  cost: "kostnad",
};

/** QUERY_TOO_COMPLEX naming the limit, its maximum and (when known) what the query had. */
export function limitError(limit: QueryLimit, max: number, found?: number): GraphQLError {
  const measured = found == null ? "" : `, frågan har ${found}`;
  return new GraphQLError(
    `Frågan överskrider gränsen för ${NAMES[limit]} (${limit}): högst ${max}${measured}. Dela upp den i mindre frågor.`,
    {
      extensions: { code: "QUERY_TOO_COMPLEX", limit, max, ...(found == null ? {} : { found }), http: { status: 400 } },
    },
  );
}

/** TIMEOUT: the request ran longer than allowed and was stopped. */
export function timeoutError(ms: number): GraphQLError {
  return new GraphQLError(`Frågan tog längre tid än ${ms / 1000} s och avbröts. Begränsa den (färre rader, smalare filter).`, {
    extensions: { code: "TIMEOUT", limitMs: ms, http: { status: 503 } },
  });
}
