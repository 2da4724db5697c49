import type { ApolloServerPlugin } from "@apollo/server";
import { complexityFromQuery } from "@pothos/plugin-complexity";
import { type DocumentNode, type GraphQLSchema, Kind, type OperationDefinitionNode, visit } from "graphql";
import { limitError } from "./limit-error";
import { QUERY_LIMITS } from "./limits";

/** `__typename` costs nothing to answer (clients such as Apollo's add it to every selection). */
const withoutTypename = (document: DocumentNode): DocumentNode =>
  visit(document, { Field: (node) => (node.name.value === "__typename" && !node.alias ? null : undefined) });

/** The estimated cost of the operation that will run (fragments included, other operations not). */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables = {}, ctx = {}) {
  const only = { ...document, definitions: document.definitions.filter((d) => d.kind !== Kind.OPERATION_DEFINITION || d === operation) };
  return complexityFromQuery(withoutTypename(only), { schema, ctx, variables }).complexity;
}

/** Refuses an operation whose estimated cost (see cost.ts) exceeds the limit, before it runs. */
export function costLimitPlugin<C extends object>(schema: GraphQLSchema): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, contextValue }) {
          if (!operation) return;
          let cost: number;
          try {
            cost = operationCost(schema, document, operation, request.variables ?? {}, contextValue);
          } catch {
            // Variables that cannot be coerced: execution refuses them with BAD_USER_INPUT, before any field runs.
            return;
          }
          if (cost > QUERY_LIMITS.cost) throw limitError("cost", QUERY_LIMITS.cost, cost);
        },
      };
    },
  };
}
