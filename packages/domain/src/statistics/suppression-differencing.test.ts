import { describe, expect, it } from "vitest";
import { type Cell, type ProtectedCell, protectGroup } from "./suppression";

/**
 * Differencing attack on protectGroup: random groups (a total and 0–5 breakdowns), protected as
 * an ordinary user gets them, then everything such a user can work out from what is shown.
 *
 * What the user knows (stronger than the bare figures, so a pass here is a pass there too):
 * - a shown cell's value;
 * - a hidden SMALL_COUNT cell is 1..threshold−1 (that is what "<5" says; 0 is shown as 0), and a
 *   breakdown of a hidden small total is 0..threshold−1;
 * - a hidden SECONDARY cell is not a small count and never 0: threshold or more; a SECONDARY
 *   breakdown is at most the smallest breakdown shown above 0 (protectGroup hides the smallest);
 * - values are whole numbers ≥ 0, each breakdown ≤ the total, the breakdowns together ≤ the
 *   total, and the implicit rest (total − breakdowns) is what is left.
 * The possible values of a hidden cell are found by brute force: every value in its range is
 * tried and a whole assignment of the other hidden cells is searched for. A small count that has
 * only one possible value has been worked out; so has a small rest with only one possible value.
 */

const CAP = 400; // above any total the generator makes (6 × 40); a smaller world only makes the user stronger

/** Seeded pseudo-random numbers in [0, 1) (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Group = { threshold: number; total: number; parts: number[] };

function randomGroup(next: () => number): Group {
  const threshold = 3 + Math.floor(next() * 8); // 3..10
  const int = (n: number) => Math.floor(next() * n);
  // Half the values anywhere in 0..40, half near the threshold, where protection has work to do.
  const value = () => (next() < 0.5 ? int(41) : int(threshold + 2));
  const parts = Array.from({ length: int(6) }, value);
  return { threshold, parts, total: parts.reduce((a, b) => a + b, 0) + value() };
}

const cellsOf = (g: Group): Cell[] => [
  { id: "total", breakdown: null, value: g.total },
  ...g.parts.map((value, i) => ({ id: `p${i}`, breakdown: `B${i}`, value })),
];

type Range = [number, number];

/** What the user knows of each cell on its own (index 0 is the total). */
function rangesSeen(g: Group, seen: ProtectedCell[]): Range[] {
  const t = g.threshold;
  const values = [g.total, ...g.parts];
  const totalSmall = seen[0].reason === "SMALL_COUNT";
  const smallestShown = Math.min(CAP, ...g.parts.filter((v, i) => v > 0 && !seen[i + 1].suppressed));
  return seen.map((c, i): Range => {
    if (!c.suppressed) return [values[i], values[i]];
    if (c.reason === "SECONDARY") return [t, i > 0 ? smallestShown : CAP];
    return [i > 0 && totalSmall ? 0 : 1, t - 1];
  });
}

/** Is there a whole assignment within the ranges (total first) that also passes `accept`? */
function possible(ranges: Range[], accept: (values: number[]) => boolean = () => true): boolean {
  const [[totalLow, totalHigh], ...parts] = ranges;
  const minAfter = parts.map((_, i) => parts.slice(i).reduce((a, [low]) => a + low, 0));
  const values = [0, ...parts.map(() => 0)];
  const fill = (i: number, sum: number): boolean => {
    if (i === parts.length) return accept(values);
    for (let v = parts[i][0]; v <= parts[i][1] && sum + v + (minAfter[i + 1] ?? 0) <= values[0]; v++) {
      values[i + 1] = v;
      if (fill(i + 1, sum + v)) return true;
    }
    return false;
  };
  for (let total = totalHigh; total >= totalLow; total--) {
    values[0] = total;
    if ((minAfter[0] ?? 0) <= total && fill(0, 0)) return true;
  }
  return false;
}

/** Everything small an ordinary user can work out about this group; empty when nothing. */
function derivable(g: Group): string[] {
  const t = g.threshold;
  const small = (v: number) => v >= 1 && v < t;
  const seen = protectGroup(cellsOf(g), t);
  const ranges = rangesSeen(g, seen);
  const values = [g.total, ...g.parts];
  const found: string[] = [];
  if (!possible(ranges.map((r, i): Range => [Math.max(r[0], values[i]), Math.min(r[1], values[i])]))) {
    found.push("the true values do not fit what the user is told"); // the model or protectGroup is wrong
  }
  if (seen[0].reason === "SMALL_COUNT" && seen.some((c) => !c.suppressed)) found.push("a breakdown of a small total is shown");
  seen.forEach((c, i) => {
    if (c.suppressed && !small(values[i]) && c.reason === "SMALL_COUNT" && !(i > 0 && ranges[0][1] < t))
      found.push(`${c.id} is not small but marked SMALL_COUNT`);
    if (!c.suppressed && small(values[i])) found.push(`${c.id} = ${values[i]} is shown`);
    if (!c.suppressed || !small(values[i])) return;
    const options = [];
    for (let v = ranges[i][0]; v <= Math.min(ranges[i][1], t - 1) && options.length < 2; v++) {
      if (possible(ranges.map((r, j) => (j === i ? [v, v] : r)))) options.push(v);
    }
    if (options.length < 2) found.push(`${c.id} = ${values[i]} can be worked out`);
  });
  const rest = g.total - g.parts.reduce((a, b) => a + b, 0);
  if (small(rest) && !possible(ranges, ([total, ...parts]) => total - parts.reduce((a, b) => a + b, 0) !== rest)) {
    found.push(`the rest = ${rest} can be worked out`);
  }
  if (!seen[0].suppressed) {
    const outside = g.total - g.parts.filter((_, i) => !seen[i + 1].suppressed).reduce((a, b) => a + b, 0);
    if (small(outside)) found.push(`total − shown breakdowns = ${outside} is a small count`);
  }
  return found;
}

describe("differencing: nothing small can be worked out from what protectGroup shows", () => {
  it("holds for 4000 seeded random groups (thresholds 3–10, 0–5 breakdowns, values 0–40)", () => {
    const next = random(20_261_122);
    const holes: string[] = [];
    let protectedGroups = 0;
    let secondary = 0;
    for (let n = 0; n < 4000; n++) {
      const g = randomGroup(next);
      const seen = protectGroup(cellsOf(g), g.threshold);
      if (seen.some((c) => c.suppressed)) protectedGroups++;
      if (seen.some((c) => c.reason === "SECONDARY")) secondary++;
      const found = derivable(g);
      if (found.length) holes.push(`${JSON.stringify(g)}: ${found.join("; ")}`);
    }
    expect({ holes: holes.length, first: holes.slice(0, 10) }).toEqual({ holes: 0, first: [] });
    // The generator does exercise protection, primary and secondary.
    expect(protectedGroups).toBeGreaterThan(1000);
    expect(secondary).toBeGreaterThan(200);
  });

  it.each<[string, Group]>([
    ["two hidden 1s that are all the total leaves (10 − 8)", { threshold: 5, total: 10, parts: [1, 1, 8] }],
    ["three hidden 1s and a shown complement of 3 at threshold 3", { threshold: 3, total: 20, parts: [1, 1, 1, 17] }],
    ["a small total made of threshold−1 ones", { threshold: 3, total: 2, parts: [1, 1] }],
    ["a small total of 4 with four breakdowns of 1", { threshold: 5, total: 4, parts: [1, 1, 1, 1] }],
    ["a 0 is no use as the second hidden cell", { threshold: 5, total: 20, parts: [0, 17] }],
    ["a second hidden cell of exactly the threshold", { threshold: 5, total: 20, parts: [1, 5, 14] }],
    ["a hidden 5 next to a shown 5 can only be 5 (18, 13, 5, 5, 5 of 47)", { threshold: 5, total: 47, parts: [18, 13, 5, 5, 5] }],
    ["Haninge at threshold 6", { threshold: 6, total: 143, parts: [138] }],
  ])("and for the known cases: %s", (_name, g) => {
    expect(derivable(g)).toEqual([]);
  });
});
