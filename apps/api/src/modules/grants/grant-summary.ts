import { grantYearShares, type YearShare } from "@bk/domain";

/** The grouping keys analysts can sum grants by. */
export const GRANT_GROUPS = ["YEAR", "FUNDER", "PROGRAMME", "STATUS", "MUNICIPALITY", "ORGANISATION_KIND", "RECIPIENT"] as const;
export type GrantGroupBy = (typeof GRANT_GROUPS)[number];

export type GrantGroup = { key: string; label: string; count: number; amountApplied: string; amountGranted: string };

const money = (v: Amount) => (v == null ? null : v.toString());

type Amount = { toString(): string } | null;
/** A grant as the database holds it, with what the year-attribution rule reads. */
export type YearShareSource = {
  amountApplied: Amount;
  amountGranted: Amount;
  periodStartYear: number | null;
  periodEndYear: number | null;
  decisionDate: Date | null;
  yearAmounts: { year: number; amountApplied: Amount; amountGranted: Amount }[];
};

/** The years a stored grant counts in and with how much: the domain's rule (grantYearShares) on exact strings. */
export function yearShares(g: YearShareSource): YearShare[] {
  return grantYearShares({
    amountApplied: money(g.amountApplied),
    amountGranted: money(g.amountGranted),
    periodStartYear: g.periodStartYear,
    periodEndYear: g.periodEndYear,
    decisionYear: g.decisionDate?.getUTCFullYear() ?? null,
    yearAmounts: g.yearAmounts.map((y) => ({ year: y.year, amountApplied: money(y.amountApplied), amountGranted: money(y.amountGranted) })),
  });
}
