import type { TypedDocumentNode } from "@graphql-typed-document-node/core";

/**
 * `graphql()` types a test's document from the committed schema.graphql: write the query as a
 * literal, named operation and run `pnpm --filter @bk/api codegen` (see README.md).
 */
export { graphql } from "./generated";

/** The members of a `node` answer's union that the query selected fields of (its `... on Grant`). */
type AskedNode<R> = R extends { node?: infer N } ? Exclude<NonNullable<N>, Record<PropertyKey, never>> : never;

/**
 * A `node(id:)` query whose answer is typed as the type it asks for (its `... on Grant { … }`)
 * instead of a union with every other Node type, and as present. Only a type: the document is
 * sent as it is, and a test that expects no node still checks `data?.node ?? null`.
 */
export function narrowNode<R, V>(document: TypedDocumentNode<R, V>): TypedDocumentNode<Omit<R, "node"> & { node: AskedNode<R> }, V> {
  return document as never;
}

/**
 * Variables that break the schema's types on purpose (a missing field, an unknown value), for a
 * test that the server refuses them: they are sent as they are, without type checking.
 */
export const illTyped = (variables: Record<string, unknown>): never => variables as never;
