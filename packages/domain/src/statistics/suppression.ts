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

const isSmall = (v: number, threshold: number) => v >= 1 && v < threshold;

/** Suppression for one group: the cells of one indicator, period and reporter. */
export function protectGroup(cells: Cell[], threshold: number): ProtectedCell[] {
  const state = new Map<string, Omit<ProtectedCell, "id">>(
    cells.map((c) => [c.id, { suppressed: isSmall(c.value, threshold), reason: isSmall(c.value, threshold) ? "SMALL_COUNT" : null }]),
  );
  const total = cells.find((c) => c.breakdown === null);
  const parts = cells.filter((c) => c.breakdown !== null);
  if (total) {
    const rest = total.value - parts.reduce((a, p) => a + p.value, 0);
    // Repeat until nothing small can be worked out from what is shown.
    for (let guard = 0; guard < cells.length + 2; guard++) {
      if (state.get(total.id)?.suppressed) break;
      const hiddenParts = parts.filter((p) => state.get(p.id)?.suppressed);
      const unknowns = hiddenParts.length + (isSmall(rest, threshold) ? 1 : 0);
      if (unknowns !== 1) break;
      // Exactly one small figure could be derived from the total: hide one more cell, the smallest shown part.
      const candidate = parts.filter((p) => !state.get(p.id)?.suppressed).sort((a, b) => a.value - b.value)[0] ?? total;
      state.set(candidate.id, { suppressed: true, reason: "SECONDARY" });
    }
  }
  return cells.map((c) => ({ id: c.id, ...(state.get(c.id) as Omit<ProtectedCell, "id">) }));
}

/** What a protected value shows. */
export function shownValue(value: string, suppressed: boolean, threshold: number): string {
  return suppressed ? `<${threshold}` : value;
}
