import { compareMoney } from "../money/money";
import type { FinancingInput, FinancingYear } from "./financing";
import { type PossibleSource, type ProgrammeContext, possibleSources } from "./possible-sources";

export type FinancingWarning =
  | { kind: "YEAR_GAP"; year: number; gap: string; possibleSources: PossibleSource[] }
  | { kind: "PERMANENT_FINANCING_NOT_SECURED"; year: number }
  | { kind: "INCOMPLETE_FIGURES"; year: number };

/**
 * What a project lead must act on for the reference year: this year or next ending with a gap
 * (with who paid before and has nothing for that year: possible-sources.ts),
 * and a project whose last financed year is this year with nothing applied for or pledged for the
 * next — the situation of Relationsvåldscentrum and Q-jouren in the source documents.
 * With `programmes`, a gap's possible sources include the programmes that cover its year.
 */
export function financingWarnings(
  input: FinancingInput,
  years: FinancingYear[],
  referenceYear: number,
  programmes?: ProgrammeContext,
): FinancingWarning[] {
  const warnings: FinancingWarning[] = [];
  for (const y of years.filter((y) => y.year === referenceYear || y.year === referenceYear + 1)) {
    if (y.gap && compareMoney(y.gap, "0") > 0) {
      warnings.push({ kind: "YEAR_GAP", year: y.year, gap: y.gap, possibleSources: possibleSources(input, y.year, programmes) });
    }
    if (y.incomplete) warnings.push({ kind: "INCOMPLETE_FIGURES", year: y.year });
  }
  const financed = years.filter((y) => compareMoney(y.secured, "0") > 0 || y.lines.some((l) => l.state === "SECURED"));
  const lastFinanced = financed.at(-1)?.year;
  if (lastFinanced === referenceYear) {
    const next = years.find((y) => y.year === referenceYear + 1);
    const anythingForNext = next?.lines.some((l) => l.state !== "NOT_COUNTED") ?? false;
    const draftForNext = input.grants.some(
      (g) =>
        g.status === "DRAFT" &&
        (g.periodStartYear ?? 0) <= referenceYear + 1 &&
        (g.periodEndYear ?? g.periodStartYear ?? 0) >= referenceYear + 1,
    );
    if (!anythingForNext && !draftForNext) warnings.push({ kind: "PERMANENT_FINANCING_NOT_SECURED", year: referenceYear });
  }
  return warnings;
}

/** The warnings that concern one year (a portfolio row's next unfinanced year): those of that year as the reference year, about it. */
export function yearWarnings(
  input: FinancingInput,
  years: FinancingYear[],
  year: number,
  programmes?: ProgrammeContext,
): FinancingWarning[] {
  return financingWarnings(input, years, year, programmes).filter((w) => w.year === year);
}
