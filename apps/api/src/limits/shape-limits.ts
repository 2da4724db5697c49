import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { GraphQLError, ValidationContext } from "graphql";
import { limitError } from "./limit-error";
import { QUERY_LIMITS, type QueryLimit } from "./limits";

/** Reports graphql-armor's refusal as our QUERY_TOO_COMPLEX, with what the query had. */
const report = (limit: QueryLimit, max: number) => (ctx: ValidationContext | null, err: GraphQLError) => {
  const found = /found (\d+)/.exec(err.message);
  ctx?.reportError(limitError(limit, max, found ? Number(found[1]) : undefined));
};

const rule = (limit: "depth" | "aliases" | "directives") => ({
  n: QUERY_LIMITS[limit],
  propagateOnRejection: false,
  onReject: [report(limit, QUERY_LIMITS[limit])],
});

/**
 * Depth, aliases and directives, checked while the document is validated (graphql-armor). The
 * token limit is graphql-js's own (`parseOptions.maxTokens`), the cost limit is cost-limit.ts.
 */
export function shapeLimits() {
  const armor = new ApolloArmor({
    maxDepth: { ...rule("depth"), flattenFragments: true },
    maxAliases: rule("aliases"),
    maxDirectives: rule("directives"),
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    // Analysts explore the schema (introspection is on): suggestions help them and reveal nothing.
    blockFieldSuggestion: { enabled: false },
  });
  const { validationRules, plugins } = armor.protect();
  return { validationRules, plugins, parseOptions: { maxTokens: QUERY_LIMITS.tokens } };
}
