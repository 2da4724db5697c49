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
