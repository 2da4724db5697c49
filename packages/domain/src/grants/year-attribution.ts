import type { GrantWhereInput } from "../generated/prisma/models/Grant";
import { fromOre, toOre } from "../money/money";

/**
 * Which years a grant counts in, and with how much. One rule for a project's financing, the
 * programme overview, the analysts' sums by year and the grant list's year filter:
 *
 * 1. A grant with a per-year split (yearAmounts) counts in the years of its split, with the
 *    split's amounts. A decision not divided per year (some year without a granted amount) is
 *    divided like the application: in proportion to the amounts applied for per year.
 * 2. Without a split, it is spread evenly over its period, periodStartYear to periodEndYear (an
 *    open or missing end: the first year alone; an end before the start counts as the start).
 * 3. Without a period start, the decision year takes the start's place (up to periodEndYear, if later).
 * 4. Without either it counts in no year.
 *
 * Amounts are divided exactly in öre: every year but the last gets its share rounded down and the
 * last year takes the remainder, so the years always add up to the whole amount.
 */
export type YearAttributionSource = {
  amountApplied: string | null;
  amountGranted: string | null;
  periodStartYear: number | null;
  periodEndYear: number | null;
  decisionYear: number | null;
  yearAmounts: { year: number; amountApplied: string | null; amountGranted: string | null }[];
};

/** A grant's amounts in one year; null where the grant (or its split) does not say. */
export type YearShare = { year: number; applied: string | null; granted: string | null };

/** Splits `total` over `weights` exactly (in öre); the last share takes the remainder. */
export function splitExactly(total: string, weights: string[]): string[] {
  const t = toOre(total);
  const w = weights.map(toOre);
  const sum = w.reduce((a, b) => a + b, 0n);
  if (sum === 0n) return weights.map((_, i) => (i === 0 ? total : "0"));
  let left = t;
  return w.map((x, i) => {
    if (i === w.length - 1) return fromOre(left);
    const part = (t * x) / sum;
    left -= part;
    return fromOre(part);
  });
}

/** The years a grant without a split is spread over (rules 2–4). */
export function spreadYears(g: Pick<YearAttributionSource, "periodStartYear" | "periodEndYear" | "decisionYear">): number[] {
  const first = g.periodStartYear ?? g.decisionYear;
  if (first == null) return [];
  const last = Math.max(first, g.periodEndYear ?? first);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** A grant's amounts per year, in year order (see the rule above). */
export function grantYearShares(g: YearAttributionSource): YearShare[] {
  if (g.yearAmounts.length) {
    const split = [...g.yearAmounts].sort((a, b) => a.year - b.year);
    const undivided = split.some((y) => y.amountGranted == null);
    const granted =
      undivided && g.amountGranted != null && split.every((y) => y.amountApplied != null)
        ? splitExactly(
            g.amountGranted,
            split.map((y) => y.amountApplied as string),
          )
        : split.map((y) => y.amountGranted);
    return split.map((y, i) => ({ year: y.year, applied: y.amountApplied, granted: granted[i] ?? null }));
  }
  const years = spreadYears(g);
  const spread = (amount: string | null) =>
    amount == null
      ? years.map(() => null)
      : splitExactly(
          amount,
          years.map(() => "1"),
        );
  const applied = spread(g.amountApplied);
  const granted = spread(g.amountGranted);
  return years.map((year, i) => ({ year, applied: applied[i], granted: granted[i] }));
}

/**
 * The grants the rule above gives a share in `year`, as a Prisma filter: those with a stored share
 * in it ("GrantYearShare", the rule's rows kept by the database: year-attribution-sql.ts). A test in
 * the API checks it against grantYearShares. `NOT { year }` lists exactly the grants that do not
 * count in the year.
 */
export function grantYearWhere(year: number): GrantWhereInput {
  return { yearShares: { some: { year } } };
}
