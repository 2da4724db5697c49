/** A tiny deterministic PRNG (mulberry32): the same seed gives the same county, no Math.random. */
export type Random = {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  /** A version-4-shaped UUID drawn from the stream. */
  uuid(): string;
  /** An amount in kronor with öre, between min and max kronor, as an exact decimal string. */
  money(min: number, max: number): string;
};

export function createRandom(seed: number): Random {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const hex = (n: number) => Array.from({ length: n }, () => int(0, 15).toString(16)).join("");
  return {
    next,
    int,
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (p) => next() < p,
    uuid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-${"89ab"[int(0, 3)]}${hex(3)}-${hex(12)}`,
    money: (min, max) => `${int(min, max)}.${String(int(0, 99)).padStart(2, "0")}`,
  };
}

/** `n` öre as kronor with two decimals. */
export const kronor = (ore: bigint) => {
  const sign = ore < 0n ? "-" : "";
  const abs = ore < 0n ? -ore : ore;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
};
export const ore = (amount: string) => BigInt(amount.replace(".", ""));
