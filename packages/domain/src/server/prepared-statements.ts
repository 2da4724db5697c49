import { createHash } from "node:crypto";
import pg from "pg";

/**
 * Prepared statements for the PostgreSQL server. Prisma's driver adapter sends every statement
 * unnamed, so PostgreSQL parses and plans it anew each time: for the grant detail (bench W2) 2.8 of
 * its 3.1 ms in the server were parse and plan, 0.3 ms the execution. A statement asked again gets
 * a name here, so each connection parses it once and PostgreSQL can keep its plan (after five runs
 * a generic plan, when that is not dearer than planning for the values at hand).
 *
 * Only statements with parameters: they already go by the extended protocol, so naming them
 * changes nothing else (one without parameters goes by the simple protocol, which also runs several
 * statements in one text, and may be a script). Only statements asked at least twice in this
 * process (a one-off, such as a migration's or an export's, is not kept), and at most
 * MAX_PER_CONNECTION per connection: beyond that, new ones go unnamed as before. The pool closes
 * idle connections and their statements with them.
 *
 * A prepared statement keeps its parsed query and plan in its connection's memory in PostgreSQL
 * (pg_backend_memory_contexts, CachedPlan*): 40 kB for the session look-up, 400 kB for the grant
 * detail's relation joins. At most 50 a connection: 20 MB at the largest, for each of the pool's ten.
 */
export const MAX_PER_CONNECTION = 50;
/** Statements counted to find those asked again; the count starts over beyond this. */
const COUNTED = 10_000;
const seen = new Map<string, number>();

/** The name a statement's text is prepared under: the same text, the same name, on every connection. */
export const statementName = (text: string) => `bk_${createHash("sha1").update(text).digest("base64url")}`;

/** The statement's name once it has been asked before; undefined the first time. */
function nameIfAskedAgain(text: string): string | undefined {
  const name = statementName(text);
  const times = (seen.get(name) ?? 0) + 1;
  if (seen.size >= COUNTED && times === 1) seen.clear();
  seen.set(name, times);
  return times > 1 ? name : undefined;
}

/**
 * Statements whose best plan depends on the values: a text search's pattern decides whether the
 * trigram index pays (a generic plan made the search, bench W6, a third slower).
 */
const PLANNED_BY_VALUE = /\bI?LIKE\b|%>|<%|\bsimilarity\(/i;

type Config = { text?: unknown; name?: unknown; values?: unknown };

/** pg's Client, naming the statements worth preparing (pg.Pool's `Client` option). */
export class PreparingClient extends pg.Client {
  readonly prepared = new Set<string>();

  // pg's query has many overloads; this one looks at the config object form and passes all on.
  // biome-ignore lint/suspicious/noExplicitAny: the overloads' union, passed through unchanged
  override query(config: any, values?: any, callback?: any): any {
    return super.query(this.withName(config, values), values, callback);
  }

  private withName<T>(config: T, values: unknown): T {
    // A Query or Cursor object submits itself: left as it is.
    if (!config || typeof config !== "object" || typeof (config as { submit?: unknown }).submit === "function") return config;
    const { text, name, values: own } = config as Config;
    // query(config, values, callback), query(config, callback) or query(config): the values are the array given.
    const params = Array.isArray(values) ? values : own;
    if (typeof text !== "string" || name !== undefined || !Array.isArray(params) || params.length === 0 || PLANNED_BY_VALUE.test(text))
      return config;
    const prepared = nameIfAskedAgain(text);
    if (!prepared || (!this.prepared.has(prepared) && this.prepared.size >= MAX_PER_CONNECTION)) return config;
    this.prepared.add(prepared);
    return { ...config, name: prepared };
  }
}
