import { sumMoney } from "../money/money";
import type { FinancingContribution } from "./financing";

export type CoFinancingContribution = FinancingContribution & { organisationId: string };

export type CoFinancingMatrix = {
  /** Every year some partner contributes to, ascending. */
  years: number[];
  /** One row per partner, by name (Swedish order); one cell per year of `years`, empty where the partner gives nothing. */
  partners: {
    organisationId: string;
    organisationName: string;
    cells: { year: number; contributions: CoFinancingContribution[] }[];
    /** The partner's money over all years (contributions in kind without a value add nothing). */
    total: string;
  }[];
  /** Each year's money from all partners, in the order of `years`. */
  yearTotals: { year: number; amount: string }[];
  /** All partners' money over all years. */
  total: string;
};

/**
 * The co-financing matrix: partners × years, each cell the partner's contributions that year
 * (money or in kind, with their status). One home for the grouping, so the dashboard and any
 * export show the same cells.
 */
export function coFinancingMatrix(contributions: CoFinancingContribution[]): CoFinancingMatrix {
  const years = [...new Set(contributions.map((c) => c.year))].sort((a, b) => a - b);
  const byPartner = new Map<string, { organisationId: string; organisationName: string; list: CoFinancingContribution[] }>();
  for (const c of contributions) {
    const row = byPartner.get(c.organisationId) ?? { organisationId: c.organisationId, organisationName: c.organisationName, list: [] };
    row.list.push(c);
    byPartner.set(c.organisationId, row);
  }
  const partners = [...byPartner.values()]
    .sort((a, b) => a.organisationName.localeCompare(b.organisationName, "sv"))
    .map(({ list, ...partner }) => ({
      ...partner,
      cells: years.map((year) => ({ year, contributions: list.filter((c) => c.year === year) })),
      total: sumMoney(list.map((c) => c.amount)),
    }));
  const yearTotals = years.map((year) => ({ year, amount: sumMoney(contributions.filter((c) => c.year === year).map((c) => c.amount)) }));
  return { years, partners, yearTotals, total: sumMoney(contributions.map((c) => c.amount)) };
}
