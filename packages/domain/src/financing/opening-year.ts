import { compareMoney } from "../money/money";
import type { FinancingYear } from "./financing";

/**
 * The year a financing view opens on when the user has not chosen one: this year when there are
 * figures for it; otherwise the latest year with figures before it (a finished project's last year,
 * with its gap, is the open question), or the first year of a project that has not started yet.
 * Without any figures: this year.
 */
export function openingYear(yearsWithFigures: readonly number[], thisYear: number): number {
  if (!yearsWithFigures.length || yearsWithFigures.includes(thisYear)) return thisYear;
  const before = yearsWithFigures.filter((y) => y < thisYear);
  return before.length ? Math.max(...before) : Math.min(...yearsWithFigures);
}

const hasGap = (y: FinancingYear) => y.gap != null && compareMoney(y.gap, "0") > 0;

/**
 * A project's next unfinanced year: the first year from this year on that ends with a gap. A project
 * whose figures all lie before this year (finished, or never continued) has one only when its last
 * year ends with a gap: that is the money still missing to go on (Relationsvåldscentrum's 2010).
 * Null when every year from this year on is financed, or a finished project ended financed.
 */
export function nextUnfinancedYear(years: readonly FinancingYear[], thisYear: number): FinancingYear | null {
  const ahead = years.filter((y) => y.year >= thisYear);
  if (ahead.length) return ahead.find(hasGap) ?? null;
  const last = years.at(-1);
  return last && hasGap(last) ? last : null;
}

/** Where a project's financing opens: its next unfinanced year, else as `openingYear` (this year or the latest with figures). */
export function financingOpeningYear(years: readonly FinancingYear[], thisYear: number): number {
  return (
    nextUnfinancedYear(years, thisYear)?.year ??
    openingYear(
      years.map((y) => y.year),
      thisYear,
    )
  );
}

/**
 * Where the portfolio opens: the first of its projects' unfinanced years from this year on; without
 * one, the latest of the open gaps of finished projects; without any gap, as `openingYear` over every
 * project's years.
 */
export function portfolioOpeningYear(projects: readonly (readonly FinancingYear[])[], thisYear: number): number {
  const gaps = projects.flatMap((years) => nextUnfinancedYear(years, thisYear)?.year ?? []);
  const ahead = gaps.filter((y) => y >= thisYear);
  if (ahead.length) return Math.min(...ahead);
  if (gaps.length) return Math.max(...gaps);
  return openingYear(
    projects.flatMap((years) => years.map((y) => y.year)),
    thisYear,
  );
}
