import type { ApolloServerPlugin } from "@apollo/server";
import { type DocumentNode, type FragmentDefinitionNode, Kind, type SelectionSetNode } from "graphql";
import type { Context } from "../context";
import { unauthenticated } from "./auth-errors";

/** What an anonymous caller may ask: who is logged in, to log in, and to set a password with a one-time link. */
export const ANONYMOUS_FIELDS = new Set(["viewer", "logIn", "setPasswordWithLink", "__typename"]);

/** The top-level fields an operation selects, through its fragments (each once). */
function rootFields(set: SelectionSetNode, document: DocumentNode, seen = new Set<string>()): string[] {
  return set.selections.flatMap((s) => {
    if (s.kind === Kind.FIELD) return [s.name.value];
    if (s.kind === Kind.INLINE_FRAGMENT) return rootFields(s.selectionSet, document, seen);
    if (seen.has(s.name.value)) return [];
    seen.add(s.name.value);
    const fragment = document.definitions.find(
      (d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === s.name.value,
    );
    return fragment ? rootFields(fragment.selectionSet, document, seen) : [];
  });
}

/**
 * An anonymous request that asks for anything else – data, or the schema itself (introspection)
 * – is answered UNAUTHENTICATED at once, before its arguments are looked at or its cost counted.
 */
export function anonymousAccessPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (contextValue.viewer || !operation) return;
          if (rootFields(operation.selectionSet, document).some((f) => !ANONYMOUS_FIELDS.has(f))) throw unauthenticated();
        },
      };
    },
  };
}
