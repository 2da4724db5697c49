import { performance } from "node:perf_hooks";

/**
 * The sessions and access tokens looked up in the last few seconds, by their hash: a page asks its
 * questions in a burst, and each request's look-up was one SQL statement (a round trip, Prisma's
 * raw-query path and a write to the socket: a third of an empty request's cost, bench W0).
 *
 * What keeps it as safe as a look-up per request:
 * - Only what was found is kept (an unknown token is looked up every time, so guessing fills nothing),
 *   at most `max` entries (the oldest goes first) and each for `ttlMs`.
 * - Every change to who may do what – a session ended, a token revoked, a user's roles, projects
 *   or deactivation – notifies "bk_accounts_changed" when it commits (triggers, migration
 *   20261124224234_accounts_changed_notify), whichever process made it, and every API process
 *   listening empties its cache (`clear`, http/app.ts); in this process also after every mutation
 *   that ran (viewerCachePlugin). Look-ups under way are forgotten too, so a row read before a change
 *   committed cannot outlive it.
 * - While the listening connection is lost (or silent: it must hear its own heartbeat, listen.ts)
 *   nothing is kept (`keep(false)`): every request looks its session up until it listens again.
 *   Between a connection going silent and its heartbeat failing (at most 15 s), another process's
 *   change is seen within `ttlMs`, as without notifications: keep `ttlMs` short.
 * - The checks that depend on time (a session's idle and absolute expiry, a token's expiry) run on
 *   every request, cached or not (viewer.ts).
 */
export type LookupCache<T> = {
  /**
   * The row of `key`: the one kept if younger than ttlMs, else (or when nothing is kept) `load`'s.
   * `now` is a monotonic clock's milliseconds (performance.now(): a clock set back keeps nothing longer).
   */
  get(key: string, load: () => Promise<T | null>, now?: number): Promise<T | null>;
  /** Forgets one key (a session that was just found expired). */
  delete(key: string): void;
  /** Forgets everything, and what is being looked up now. */
  clear(): void;
  /** false: forgets everything and keeps nothing (every get loads) until true again. */
  keep(keeping: boolean): void;
  readonly size: number;
};

/** The default: a page's burst of requests shares one look-up; another process's change is seen within this. */
export const LOOKUP_CACHE_MS = 5_000;
const LOOKUP_CACHE_MAX = 10_000;

export function lookupCache<T>({ ttlMs = LOOKUP_CACHE_MS, max = LOOKUP_CACHE_MAX } = {}): LookupCache<T> {
  // Promises, so that concurrent requests with one cookie share one look-up.
  const entries = new Map<string, { row: Promise<T | null>; at: number }>();
  let keeping = ttlMs > 0;

  return {
    get(key, load, now = performance.now()) {
      if (!keeping) return load();
      const kept = entries.get(key);
      if (kept && now - kept.at < ttlMs && now >= kept.at) return kept.row;
      if (kept) entries.delete(key);
      const row = load();
      const entry = { row, at: now };
      entries.set(key, entry);
      if (entries.size > max) entries.delete(entries.keys().next().value as string);
      const forget = () => {
        if (entries.get(key) === entry) entries.delete(key);
      };
      row.then((found) => (found === null ? forget() : undefined), forget);
      return row;
    },
    delete: (key) => void entries.delete(key),
    clear: () => entries.clear(),
    keep(on) {
      entries.clear();
      keeping = on && ttlMs > 0;
    },
    get size() {
      return entries.size;
    },
  };
}
