import type { Plugin } from "vite";

const SLIM = "\0bk:graphql-for-apollo";

/**
 * Apollo Client imports its few graphql-js helpers from the package's root, which re-exports all
 * of graphql-js: validation, execution, the parser, the type system — 170 KB that every page then
 * downloaded, although only the explorer uses them. Apollo's `graphql` imports are pointed here
 * instead: exactly the helpers it uses at runtime, from the files that define them. The explorer
 * and GraphiQL still get the whole package, in their own chunks. An Apollo import of anything
 * else fails the build ("not exported"), so nothing can go missing silently.
 */
const SLIM_SOURCE = `
export { Kind } from "graphql/language/kinds.mjs";
export { visit, BREAK } from "graphql/language/visitor.mjs";
export { print } from "graphql/language/printer.mjs";
export { OperationTypeNode } from "graphql/language/ast.mjs";
export { isSelectionNode } from "graphql/language/predicates.mjs";
`;

export function apolloGraphqlLanguage(): Plugin {
  return {
    name: "bk:apollo-graphql-language",
    enforce: "pre",
    apply: "build",
    resolveId(source, importer) {
      if (source === "graphql" && importer && /[\\/]@apollo[\\/]client[\\/]/.test(importer)) return SLIM;
      return null;
    },
    load(id) {
      return id === SLIM ? SLIM_SOURCE : null;
    },
  };
}
