import type { ApolloServerPlugin } from "@apollo/server";
import { type DocumentNode, type FragmentDefinitionNode, Kind, type SelectionSetNode } from "graphql";
import type { Context } from "../context";
import { unauthenticated } from "./auth-errors";

/** Does this selection (with its fragments, once each) ask for the schema at its top level? */
function asksSchema(set: SelectionSetNode, document: DocumentNode, seen = new Set<string>()): boolean {
  return set.selections.some((s) => {
    if (s.kind === Kind.FIELD) return s.name.value === "__schema" || s.name.value === "__type";
    if (s.kind === Kind.INLINE_FRAGMENT) return asksSchema(s.selectionSet, document, seen);
    if (seen.has(s.name.value)) return false;
    seen.add(s.name.value);
    const fragment = document.definitions.find(
      (d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === s.name.value,
    );
    return !!fragment && asksSchema(fragment.selectionSet, document, seen);
  });
}

/**
 * An anonymous caller may log in and ask who is logged in (`viewer`), nothing else: not even the
 * schema (introspection), which the explorer and scripts read once logged in.
 */
export function anonymousIntrospectionPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (contextValue.viewer || !operation) return;
          if (asksSchema(operation.selectionSet, document)) throw unauthenticated();
        },
      };
    },
  };
}
