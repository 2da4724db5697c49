/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query GrantsPage($where: GrantWhere, $orderBy: [GrantOrder!], $first: Int, $after: String) {\n    grants(where: $where, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id title status amountApplied amountGranted } }\n    }\n  }\n": typeof types.GrantsPageDocument,
    "query GrantsLansstyrelsen { organisations(where: { text: \"Länsstyrelsen i Stockholms län\" }) { edges { node { id } } } }": typeof types.GrantsLansstyrelsenDocument,
    "query GrantWithConditions($id: ID!) { node(id: $id) { ... on Grant { title funderReference conditions { dueDate sourcePassage { document { reference } } } } } }": typeof types.GrantWithConditionsDocument,
    "query GrantSummaryByYear($where: GrantWhere) { grantSummary(where: $where) { count amountApplied amountGranted groups(by: YEAR) { key amountGranted } } }": typeof types.GrantSummaryByYearDocument,
    "query GrantsAnyProject { projects(first: 1) { edges { node { id } } } }": typeof types.GrantsAnyProjectDocument,
    "query GrantsUnknownNode { node(id: \"R3JhbnQ6bm9wZQ==\") { id } }": typeof types.GrantsUnknownNodeDocument,
};
const documents: Documents = {
    "\n  query GrantsPage($where: GrantWhere, $orderBy: [GrantOrder!], $first: Int, $after: String) {\n    grants(where: $where, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id title status amountApplied amountGranted } }\n    }\n  }\n": types.GrantsPageDocument,
    "query GrantsLansstyrelsen { organisations(where: { text: \"Länsstyrelsen i Stockholms län\" }) { edges { node { id } } } }": types.GrantsLansstyrelsenDocument,
    "query GrantWithConditions($id: ID!) { node(id: $id) { ... on Grant { title funderReference conditions { dueDate sourcePassage { document { reference } } } } } }": types.GrantWithConditionsDocument,
    "query GrantSummaryByYear($where: GrantWhere) { grantSummary(where: $where) { count amountApplied amountGranted groups(by: YEAR) { key amountGranted } } }": types.GrantSummaryByYearDocument,
    "query GrantsAnyProject { projects(first: 1) { edges { node { id } } } }": types.GrantsAnyProjectDocument,
    "query GrantsUnknownNode { node(id: \"R3JhbnQ6bm9wZQ==\") { id } }": types.GrantsUnknownNodeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GrantsPage($where: GrantWhere, $orderBy: [GrantOrder!], $first: Int, $after: String) {\n    grants(where: $where, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id title status amountApplied amountGranted } }\n    }\n  }\n"): (typeof documents)["\n  query GrantsPage($where: GrantWhere, $orderBy: [GrantOrder!], $first: Int, $after: String) {\n    grants(where: $where, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id title status amountApplied amountGranted } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GrantsLansstyrelsen { organisations(where: { text: \"Länsstyrelsen i Stockholms län\" }) { edges { node { id } } } }"): (typeof documents)["query GrantsLansstyrelsen { organisations(where: { text: \"Länsstyrelsen i Stockholms län\" }) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GrantWithConditions($id: ID!) { node(id: $id) { ... on Grant { title funderReference conditions { dueDate sourcePassage { document { reference } } } } } }"): (typeof documents)["query GrantWithConditions($id: ID!) { node(id: $id) { ... on Grant { title funderReference conditions { dueDate sourcePassage { document { reference } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GrantSummaryByYear($where: GrantWhere) { grantSummary(where: $where) { count amountApplied amountGranted groups(by: YEAR) { key amountGranted } } }"): (typeof documents)["query GrantSummaryByYear($where: GrantWhere) { grantSummary(where: $where) { count amountApplied amountGranted groups(by: YEAR) { key amountGranted } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GrantsAnyProject { projects(first: 1) { edges { node { id } } } }"): (typeof documents)["query GrantsAnyProject { projects(first: 1) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GrantsUnknownNode { node(id: \"R3JhbnQ6bm9wZQ==\") { id } }"): (typeof documents)["query GrantsUnknownNode { node(id: \"R3JhbnQ6bm9wZQ==\") { id } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;