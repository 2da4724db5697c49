import { IN_FAVOUR } from "../grants/lifecycle";
import { grantYearShares } from "../grants/year-attribution";
import { compareMoney, sumMoney } from "../money/money";
import type { FinancingInput } from "./financing";

/** Someone who paid before and has nothing for the year in question: where a gap's money could come from. */
export type PossibleSource = {
  name: string;
  kind: "PARTNER" | "FUNDER";
  /** The last year they paid for, before the year in question. */
  lastYear: number;
  /** What they paid for that year (cash contributions, or grants in favour); null when no amount is known. */
  lastAmount: string | null;
};

type Paid = { name: string; kind: PossibleSource["kind"]; year: number; amount: string | null };

/**
 * "From whom could it come?" For a year with a gap: the partners whose cash contributions and the
 * funders whose grants in favour counted in earlier years, and who have nothing recorded — not even
 * a pending application or a pledge — for that year. Most recent first, then the larger amount.
 */
export function possibleSources(input: FinancingInput, year: number): PossibleSource[] {
  const paid: Paid[] = [];
  const present = new Set<string>();
  for (const c of input.contributions) {
    const key = `PARTNER:${c.organisationName}`;
    if (c.year === year) present.add(key);
    else if (c.year < year && c.kind === "CASH") paid.push({ name: c.organisationName, kind: "PARTNER", year: c.year, amount: c.amount });
  }
  for (const g of input.grants) {
    const key = `FUNDER:${g.funderName}`;
    for (const share of grantYearShares(g)) {
      if (share.year === year && g.status !== "REJECTED" && g.status !== "WITHDRAWN") present.add(key);
      else if (share.year < year && IN_FAVOUR.includes(g.status)) {
        paid.push({ name: g.funderName, kind: "FUNDER", year: share.year, amount: share.granted ?? share.applied });
      }
    }
  }
  const latest = new Map<string, Paid[]>();
  for (const p of paid) {
    const key = `${p.kind}:${p.name}`;
    if (present.has(key)) continue;
    const known = latest.get(key);
    if (!known || known[0].year < p.year) latest.set(key, [p]);
    else if (known[0].year === p.year) known.push(p);
  }
  return [...latest.values()]
    .map((ps) => {
      const known = ps.some((p) => p.amount !== null);
      return { name: ps[0].name, kind: ps[0].kind, lastYear: ps[0].year, lastAmount: known ? sumMoney(ps.map((p) => p.amount)) : null };
    })
    .sort(
      (a, b) => b.lastYear - a.lastYear || compareMoney(b.lastAmount ?? "0", a.lastAmount ?? "0") || a.name.localeCompare(b.name, "sv"),
    );
}
