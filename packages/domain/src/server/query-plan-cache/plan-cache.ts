/// <reference path="./query-compiler-runtime.d.ts" />
import * as compilerRuntime from "@prisma/client/runtime/query_compiler_bg.postgresql.mjs";
import { getDatamodel } from "../../generated/pothos-types";
import * as enums from "../../generated/prisma/enums";
import { bindPlan, samePlan } from "./bind-plan";
import { type Datamodel, type Parameterized, parameterizeBatch, parameterizeQuery } from "./parameterize";
import { bindRawPlan, isRawPlan, type RawShape, rawShape } from "./raw-plan";

/**
 * A query plan cache for Prisma 6's query compiler (what Prisma 7 does itself): Prisma 6 compiles
 * every query anew in WebAssembly, a fifth to a quarter of the API's CPU under load. Here a query's
 * filter values become placeholders (parameterize.ts), the plan of that shape is compiled once and
 * kept, and each query gets the plan with its own values put back (bind-plan.ts).
 *
 * A shape is trusted only after its first query proved it: the compiled shape with that query's
 * values put back must run the same statements with the same values as the plan the compiler makes
 * of the literal query (samePlan). A shape that fails is remembered and its queries compiled
 * literally, as without the cache. Errors (an invalid query) come from the literal compilation, as
 * before. A query without values is its own shape; writes and text searches are compiled as they
 * come (parameterize.ts says why). Raw SQL keeps one plan per statement and parameter types,
 * checked on its first call to be the statement with that call's values (raw-plan.ts).
 */
type Compile = (this: unknown, json: string) => unknown;
type Entry = { plan: unknown } | { literal: true };

// Each shape is a few kilobytes of key and plan: at most some 10–20 MB.
const MAX_SHAPES = 1000;
export type QueryPlanCacheStats = { hits: number; misses: number; literal: number; uncached: number; shapes: number };
const stats: QueryPlanCacheStats = { hits: 0, misses: 0, literal: 0, uncached: 0, shapes: 0 };
/** One cache per compiler instance: a plan depends on its database's capabilities. */
const caches = new WeakMap<object, Map<string, Entry>>();

function cacheOf(compiler: object): Map<string, Entry> {
  const cache = caches.get(compiler);
  if (cache) return cache;
  const created = new Map<string, Entry>();
  caches.set(compiler, created);
  return created;
}

/** The entry of `key`, now the most recently used (Map keeps insertion order: least recently used first). */
function lookUp(cache: Map<string, Entry>, key: string): Entry | undefined {
  const entry = cache.get(key);
  if (entry) {
    cache.delete(key);
    cache.set(key, entry);
  }
  return entry;
}

function keep(cache: Map<string, Entry>, key: string, entry: Entry) {
  cache.set(key, entry);
  if (cache.size > MAX_SHAPES) cache.delete(cache.keys().next().value as string);
  stats.shapes = cache.size;
}

/** A raw statement's plan: one per statement and parameter types, checked once to be the statement with its values (raw-plan.ts). */
function rawPlan(this: unknown, compile: Compile, json: string, raw: RawShape): unknown {
  const cache = cacheOf(this as object);
  const entry = lookUp(cache, raw.key);
  if (entry && "plan" in entry) {
    stats.hits++;
    return bindRawPlan(entry.plan as Parameters<typeof bindRawPlan>[0], raw.args);
  }
  if (entry) {
    stats.literal++;
    return compile.call(this, json);
  }
  stats.misses++;
  const literal = compile.call(this, json);
  keep(cache, raw.key, isRawPlan(literal, raw) ? { plan: bindRawPlan(literal, raw.args) } : { literal: true });
  return literal;
}

/** `compile` with the cache in front (exported for its tests). */
export function withPlanCache(compile: Compile, parameterize: (query: unknown) => Parameterized): Compile {
  return function (this: unknown, json: string) {
    const query = JSON.parse(json) as unknown;
    const raw = rawShape(query);
    if (raw) return rawPlan.call(this, compile, json, raw);
    const { shape, values, cacheable } = parameterize(query);
    if (!cacheable) {
      stats.uncached++;
      return compile.call(this, json);
    }
    const key = Object.keys(values).length ? JSON.stringify(shape) : json;
    const cache = cacheOf(this as object);
    const entry = lookUp(cache, key);
    if (entry) {
      if ("plan" in entry) {
        stats.hits++;
        return bindPlan(entry.plan, values);
      }
      stats.literal++;
      return compile.call(this, json);
    }
    stats.misses++;
    const literal = compile.call(this, json);
    let shaped: unknown = literal;
    if (key !== json) {
      try {
        shaped = compile.call(this, key);
      } catch {
        shaped = undefined;
      }
    }
    const proved = shaped !== undefined && (shaped === literal || samePlan(bindPlan(shaped, values), literal));
    keep(cache, key, proved ? { plan: shaped === literal ? bindPlan(literal, {}) : shaped } : { literal: true });
    return literal;
  };
}

let installed = false;

/** Installs the cache in the query compiler every Prisma client of this process uses. `BK_QUERY_PLAN_CACHE=off` leaves it out. */
export function installQueryPlanCache(): void {
  if (installed || process.env.BK_QUERY_PLAN_CACHE === "off") return;
  installed = true;
  const datamodel: Datamodel = { models: getDatamodel().datamodel.models as unknown as Datamodel["models"], enums };
  const prototype = compilerRuntime.QueryCompiler.prototype as { compile: Compile; compileBatch: Compile };
  prototype.compile = withPlanCache(prototype.compile, (query) => parameterizeQuery(query, datamodel));
  prototype.compileBatch = withPlanCache(prototype.compileBatch, (batch) => parameterizeBatch(batch, datamodel));
}

/** Counts since the process started: plans reused, shapes compiled, queries of unproved shapes, queries not cached. */
export function queryPlanCacheStats(): QueryPlanCacheStats {
  return { ...stats };
}
