/**
 * Limits on what one request may ask of the server, checked before anything is executed (shape
 * and cost) or while it runs (time). They are generous for the web app's own pages and for the
 * analysts' example queries (a test measures every one of them) and refuse the queries that
 * would hold the server for everyone else: deep nesting through relations, thousands of aliases,
 * huge documents. Documented in the README ("Query limits") and in the schema's description.
 */
export const QUERY_LIMITS = {
  /** Nesting of selections, fragments flattened (`{ a { b { c } } }` is 3). */
  depth: 15,
  /** Aliased fields in one document. */
  aliases: 30,
  /** Lexical tokens in one document (names, punctuation, values). */
  tokens: 5_000,
  /** Directives in one document. */
  directives: 50,
  /** Estimated cost: see fieldCost in cost.ts. */
  cost: 50_000,
  /** A request is stopped with TIMEOUT when it runs longer than this (milliseconds). */
  executionMs: 10_000,
  /** PostgreSQL server: one SQL statement may run at most this long (milliseconds). */
  statementMs: 8_000,
} as const;

export type QueryLimit = "depth" | "aliases" | "tokens" | "directives" | "cost";

/** A page of a connection that does not say how many it wants gets this many (as the lists do). */
export const DEFAULT_PAGE = 20;

/** A list without paging (the relations of one object) is estimated at this many items. */
export const UNPAGED_LIST_ESTIMATE = 10;

/** Fields that read a whole table or compute over many rows cost this much on their own. */
export const WHOLE_TABLE_COST = 10_000;

/** Fields computed from many rows of one object (a project's financing) cost this much each. */
export const COMPUTED_COST = 20;

export const LIMITS_DESCRIPTION =
  `Query limits (checked before execution; refused with extensions.code QUERY_TOO_COMPLEX and extensions.limit naming the limit): ` +
  `depth ${QUERY_LIMITS.depth}, aliases ${QUERY_LIMITS.aliases}, tokens ${QUERY_LIMITS.tokens}, directives ${QUERY_LIMITS.directives}, ` +
  `cost ${QUERY_LIMITS.cost} (every field costs 1; a connection multiplies what it selects by its page size, \`first\` or ${DEFAULT_PAGE}; ` +
  `a list without paging by ${UNPAGED_LIST_ESTIMATE}; whole-table fields such as grantSummary cost ${WHOLE_TABLE_COST}, aggregates ${WHOLE_TABLE_COST} plus their groups' selection times \`first\` (up to 500, default 100)). ` +
  `A request running longer than ${QUERY_LIMITS.executionMs / 1000} s is stopped with TIMEOUT.`;
