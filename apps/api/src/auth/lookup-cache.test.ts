import { describe, expect, it, vi } from "vitest";
import { lookupCache } from "./lookup-cache";

const row = (name: string) => ({ name });

describe("lookupCache", () => {
  it("shares one look-up between requests that arrive together and keeps its row for ttlMs", async () => {
    const cache = lookupCache<{ name: string }>({ ttlMs: 1000 });
    const load = vi.fn(async () => row("a"));
    const [first, second] = await Promise.all([cache.get("k", load, 0), cache.get("k", load, 10)]);
    expect(first).toBe(second);
    expect(await cache.get("k", load, 999)).toBe(first);
    expect(load).toHaveBeenCalledTimes(1);
    expect(await cache.get("k", load, 1000)).toEqual(row("a"));
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("keeps nothing for a key that was not found or whose look-up failed", async () => {
    const cache = lookupCache<{ name: string }>({ ttlMs: 1000 });
    const missing = vi.fn(async () => null);
    expect(await cache.get("guess", missing, 0)).toBeNull();
    expect(await cache.get("guess", missing, 1)).toBeNull();
    expect(missing).toHaveBeenCalledTimes(2);
    await expect(cache.get("k", () => Promise.reject(new Error("down")), 0)).rejects.toThrow("down");
    expect(await cache.get("k", async () => row("b"), 1)).toEqual(row("b"));
    expect(cache.size).toBe(1);
  });

  it("forgets everything on clear, a look-up under way included, and one key on delete", async () => {
    const cache = lookupCache<{ name: string }>({ ttlMs: 1000 });
    let finish: (value: { name: string }) => void = () => {};
    const old = cache.get("k", () => new Promise((resolve) => (finish = resolve)), 0);
    cache.clear();
    const fresh = vi.fn(async () => row("new"));
    const now = cache.get("k", fresh, 1);
    finish(row("old"));
    expect(await old).toEqual(row("old"));
    expect(await now).toEqual(row("new"));
    expect(await cache.get("k", fresh, 2)).toEqual(row("new"));
    expect(fresh).toHaveBeenCalledTimes(1);
    cache.delete("k");
    expect(cache.size).toBe(0);
  });

  it("holds at most `max` keys, letting the oldest go first", async () => {
    const cache = lookupCache<{ name: string }>({ ttlMs: 1000, max: 2 });
    for (const key of ["a", "b", "c"]) await cache.get(key, async () => row(key), 0);
    expect(cache.size).toBe(2);
    const load = vi.fn(async () => row("a again"));
    expect(await cache.get("a", load, 1)).toEqual(row("a again"));
    expect(await cache.get("c", load, 1)).toEqual(row("c"));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("keeps nothing past its time when the clock reads earlier than when it was kept", async () => {
    const cache = lookupCache<{ name: string }>({ ttlMs: 1000 });
    const load = vi.fn(async () => row("a"));
    await cache.get("k", load, 5000);
    await cache.get("k", load, 4000);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("keeps nothing while told not to (notifications may be missed), and forgets what it had", async () => {
    const cache = lookupCache<{ name: string }>({ ttlMs: 1000 });
    const load = vi.fn(async () => row("a"));
    await cache.get("k", load, 0);
    cache.keep(false);
    expect(cache.size).toBe(0);
    await cache.get("k", load, 1);
    await cache.get("k", load, 2);
    expect(load).toHaveBeenCalledTimes(3);
    cache.keep(true);
    await cache.get("k", load, 3);
    await cache.get("k", load, 4);
    expect(load).toHaveBeenCalledTimes(4);
  });

  it("looks up every time with ttlMs 0", async () => {
    const cache = lookupCache<{ name: string }>({ ttlMs: 0 });
    const load = vi.fn(async () => row("a"));
    await cache.get("k", load, 0);
    await cache.get("k", load, 0);
    expect(load).toHaveBeenCalledTimes(2);
    expect(cache.size).toBe(0);
  });
});
