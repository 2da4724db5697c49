import type { ContributionKind, ContributionStatus, GrantStatus } from "../generated/prisma/enums";
import { AWAITING_DECISION, IN_FAVOUR } from "../grants/lifecycle";
import { grantYearShares, type YearAttributionSource, type YearShare } from "../grants/year-attribution";
import { compareMoney, fromOre, sumMoney, toOre } from "../money/money";

/**
 * A project's financing year by year: the need, every source, what is secured and pending,
 * the gap and each source's share. Pure and browser-safe: the dashboard recomputes it live for
 * a what-if, and the API answers analysts with the same numbers.
 */
export type FinancingGrant = YearAttributionSource & {
  id: string;
  title: string;
  funderName: string;
  /** The funder's id, where known (to link a possible source to it). */
  funderId?: string | null;
  /** The programme the grant belongs to, where known. */
  programmeId?: string | null;
  status: GrantStatus;
};

export type FinancingContribution = {
  id: string;
  organisationName: string;
  /** The partner's id, where known (to link a possible source to it). */
  organisationId?: string | null;
  year: number;
  kind: ContributionKind;
  amount: string | null;
  status: ContributionStatus;
  description: string | null;
};

export type FinancingInput = {
  budgetYears: { year: number; amount: string; ownFunding: string | null }[];
  grants: FinancingGrant[];
  contributions: FinancingContribution[];
};

/** A hypothetical outcome for a pending application, not saved. */
export type WhatIf = Record<string, { outcome: "GRANTED" | "PARTIALLY_GRANTED" | "REJECTED"; amount?: string | null }>;

export type SourceLine = {
  /** "grant:<id>", "contribution:<org>:<kind>" or "own". */
  key: string;
  label: string;
  kind: "GRANT" | "CASH" | "IN_KIND" | "OWN";
  state: "SECURED" | "PENDING" | "NOT_COUNTED";
  /** Null when the source does not say how much (an unvalued in-kind contribution, an unknown grant amount). */
  amount: string | null;
  detail: string | null;
};

export type FinancingYear = {
  year: number;
  /** The budget need, or (without a budget) what was sought: applications plus contributions. */
  need: string | null;
  needSource: "BUDGET" | "DERIVED" | null;
  secured: string;
  pending: string;
  /** need − secured; negative is a surplus; null without a need. */
  gap: string | null;
  /** Some source counts in this year without a known amount, so the figures are a lower bound. */
  incomplete: boolean;
  lines: SourceLine[];
  /** Each secured source's share of what is secured, 0–1. */
  shares: { label: string; amount: string; share: number }[];
};

/** What a grant counts for in each year (the years: grants/year-attribution.ts), and whether it is secured. */
export function grantYears(
  g: FinancingGrant,
  whatIf?: WhatIf[string],
  /** grantYearShares(g), where the caller has it already. */
  stored: YearShare[] = grantYearShares(g),
): { year: number; amount: string | null; state: SourceLine["state"]; detail: string | null }[] {
  const hypothetical = whatIf && AWAITING_DECISION.includes(g.status);
  const status: GrantStatus = hypothetical ? whatIf.outcome : g.status;
  const state: SourceLine["state"] = IN_FAVOUR.includes(status)
    ? "SECURED"
    : AWAITING_DECISION.includes(status)
      ? "PENDING"
      : "NOT_COUNTED";
  const detail = hypothetical ? "om" : null;
  // A hypothetical decision is never divided per year, so it is divided like the application.
  const shares = hypothetical
    ? grantYearShares({
        ...g,
        amountGranted:
          whatIf.outcome === "GRANTED" ? g.amountApplied : whatIf.outcome === "PARTIALLY_GRANTED" ? (whatIf.amount ?? null) : "0",
        yearAmounts: g.yearAmounts.map((y) => ({ ...y, amountGranted: null })),
      })
    : stored;
  return shares.map((y) => ({ year: y.year, amount: state === "SECURED" ? y.granted : y.applied, state, detail }));
}

/** What was sought for a year: the amount applied for (in the split, or spread), or the contribution. */
function soughtAmount(line: SourceLine, year: number, sharesByKey: Map<string, YearShare[]>): string | null {
  if (line.state === "NOT_COUNTED") return null;
  if (line.kind !== "GRANT") return line.amount;
  const applied = sharesByKey.get(line.key)?.find((y) => y.year === year)?.applied;
  return applied ?? line.amount;
}

export function projectFinancing(input: FinancingInput, whatIf: WhatIf = {}): FinancingYear[] {
  // The need is what was sought; a hypothetical outcome changes what is secured, never the need.
  const baseNeed = Object.keys(whatIf).length ? new Map(projectFinancing(input).map((y) => [y.year, y.need])) : null;
  // Each grant's shares as stored, worked out once (the lines and what each year sought read them), by
  // the grant's id, as the lines' keys: the grants are rows of the database, each id once.
  const sharesByKey = new Map(input.grants.map((g) => [`grant:${g.id}`, grantYearShares(g)]));
  const years = new Map<number, SourceLine[]>();
  const linesOf = (y: number) => {
    const l = years.get(y) ?? [];
    years.set(y, l);
    return l;
  };
  for (const b of input.budgetYears) linesOf(b.year);
  for (const g of input.grants) {
    for (const share of grantYears(g, whatIf[g.id], sharesByKey.get(`grant:${g.id}`))) {
      linesOf(share.year).push({
        key: `grant:${g.id}`,
        label: `${g.funderName}: ${g.title}`,
        kind: "GRANT",
        state: share.state,
        amount: share.amount,
        detail: share.detail,
      });
    }
  }
  for (const c of input.contributions) {
    const state: SourceLine["state"] = c.status === "PLEDGED" ? "PENDING" : "SECURED";
    linesOf(c.year).push({
      key: `contribution:${c.id}`,
      label: c.organisationName,
      kind: c.kind,
      state,
      amount: c.amount,
      detail: c.description,
    });
  }
  for (const b of input.budgetYears) {
    if (b.ownFunding && compareMoney(b.ownFunding, "0") > 0) {
      linesOf(b.year).push({ key: "own", label: "Egen finansiering", kind: "OWN", state: "SECURED", amount: b.ownFunding, detail: null });
    }
  }

  return [...years.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([year, lines]) => {
      const counted = (state: SourceLine["state"]) => lines.filter((l) => l.state === state && l.amount != null).map((l) => l.amount);
      const secured = sumMoney(counted("SECURED"));
      const pending = sumMoney(counted("PENDING"));
      const budget = input.budgetYears.find((b) => b.year === year);
      const derivedNeed = sumMoney(lines.map((l) => soughtAmount(l, year, sharesByKey)));
      const need = budget
        ? budget.amount
        : baseNeed
          ? (baseNeed.get(year) ?? null)
          : compareMoney(derivedNeed, "0") > 0
            ? derivedNeed
            : null;
      const securedLines = lines.filter((l) => l.state === "SECURED" && l.amount != null && compareMoney(l.amount, "0") > 0);
      const securedOre = Number(toOre(secured));
      return {
        year,
        need,
        needSource: budget ? "BUDGET" : need ? "DERIVED" : null,
        secured,
        pending,
        gap: need ? fromOre(toOre(need) - toOre(secured)) : null,
        incomplete: lines.some((l) => l.state !== "NOT_COUNTED" && l.amount == null),
        lines,
        shares: securedLines.map((l) => ({
          label: l.label,
          amount: l.amount as string,
          share: securedOre ? Number(toOre(l.amount as string)) / securedOre : 0,
        })),
      } satisfies FinancingYear;
    });
}
