/**
 * Protection of small counts. These are figures about victims of violence: for users without
 * the right to see raw figures, a count of people from 1 to threshold−1 shows as "<threshold",
 * and a second cell is suppressed where a total and its breakdowns would otherwise reveal a
 * suppressed one by subtraction (including the implicit rest: total − the stated breakdowns).
 */
export type Cell = {
  id: string;
  /** Null for the total, else the breakdown's name. */
  breakdown: string | null;
  value: number;
};

export type ProtectedCell = { id: string; suppressed: boolean; reason: "SMALL_COUNT" | "SECONDARY" | null };
type Reason = ProtectedCell["reason"];

const isSmall = (v: number, threshold: number) => v >= 1 && v < threshold;
const bySizeThenId = (a: Cell, b: Cell) => a.value - b.value || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const sum = (cells: Cell[]) => cells.reduce((a, c) => a + c.value, 0);

/**
 * Suppression for one group: the cells of one indicator, period and population (see
 * protectionGroupOf). It is built so that nothing small can be worked out by someone who sees
 * the shown values and the reasons, knowing that SMALL_COUNT is 1..threshold−1 (any value
 * below the threshold for a breakdown of a small total), that SECONDARY is never a small count
 * nor 0, and that the breakdowns add up to at most the total (suppression-differencing.test.ts
 * checks this by brute force on thousands of random groups):
 * - a small total: every breakdown is at most the total, so all of them are hidden, 0 too –
 *   else the number of non-zero breakdowns could pin them (a total <5 with four breakdowns
 *   above 0 is four 1s);
 * - a shown total: one more breakdown is hidden, the smallest above 0 (hiding a 0 adds no
 *   doubt), or else the total, as long as what is left unexplained – the total minus the shown
 *   breakdowns – is a small count, or leaves each hidden small count no room but 1 (counting a
 *   hidden breakdown that can only be the threshold as shown).
 */
export function protectGroup(cells: Cell[], threshold: number): ProtectedCell[] {
  const reason = new Map<string, Reason>(cells.map((c) => [c.id, isSmall(c.value, threshold) ? "SMALL_COUNT" : null]));
  const total = cells.find((c) => c.breakdown === null);
  const parts = cells.filter((c) => c.breakdown !== null);
  const hidden = (c: Cell) => reason.get(c.id) !== null;
  if (total && hidden(total)) {
    for (const p of parts) if (!hidden(p)) reason.set(p.id, p.value < threshold ? "SMALL_COUNT" : "SECONDARY");
  } else if (total) {
    while (revealsSmall(total, parts, reason, threshold)) {
      // Of equal values, the first by id: the same cell whatever order the cells came in (two readings of one
      // group that hid different cells of a tie would between them show both, and so the small count).
      const candidate: Cell = parts.filter((p) => !hidden(p) && p.value > 0).sort(bySizeThenId)[0] ?? total;
      reason.set(candidate.id, "SECONDARY");
      if (candidate === total) break;
    }
  }
  return cells.map((c) => ({ id: c.id, suppressed: hidden(c), reason: reason.get(c.id) ?? null }));
}

/** With the total shown: whether a small count can be worked out from the shown cells. */
function revealsSmall(total: Cell, parts: Cell[], reason: Map<string, Reason>, threshold: number): boolean {
  const shown = parts.filter((p) => reason.get(p.id) === null);
  const secondaries = parts.filter((p) => reason.get(p.id) === "SECONDARY");
  const small = parts.filter((p) => reason.get(p.id) === "SMALL_COUNT").length;
  // A hidden breakdown is the smallest above 0, so no larger than any shown one: next to a shown
  // breakdown of exactly the threshold it is exactly the threshold, as good as shown.
  const secondaryKnown = shown.some((p) => p.value > 0 && p.value <= threshold);
  const unexplained = total.value - sum(shown) - (secondaryKnown ? sum(secondaries) : 0);
  const secondary = secondaryKnown ? 0 : secondaries.length;
  // Each hidden small count is at least 1 and each secondary at least the threshold: when what
  // is left over is no more than that, every hidden small count is exactly 1.
  return isSmall(unexplained, threshold) || (small > 0 && unexplained - secondary * threshold <= small);
}

/** What a protected value shows. */
export function shownValue(value: string, suppressed: boolean, threshold: number): string {
  return suppressed ? `<${threshold}` : value;
}
