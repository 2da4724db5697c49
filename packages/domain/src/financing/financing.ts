import type { ContributionKind, ContributionStatus, GrantStatus } from "../generated/prisma/enums";
import { compareMoney, fromOre, sumMoney, toOre } from "../money/money";

/**
 * A project's financing year by year: the need, every source, what is secured and pending,
 * the gap and each source's share. Pure and browser-safe: the dashboard recomputes it live for
 * a what-if, and the API answers analysts with the same numbers.
 */
export type FinancingGrant = {
  id: string;
  title: string;
  funderName: string;
  status: GrantStatus;
  amountApplied: string | null;
  amountGranted: string | null;
  periodStartYear: number | null;
  periodEndYear: number | null;
  decisionYear: number | null;
  yearAmounts: { year: number; amountApplied: string | null; amountGranted: string | null }[];
};

export type FinancingContribution = {
  id: string;
  organisationName: string;
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

const SECURED_GRANT: GrantStatus[] = ["GRANTED", "PARTIALLY_GRANTED", "ACTIVE", "REPORTED", "CLOSED"];
const PENDING_GRANT: GrantStatus[] = ["SUBMITTED"];

/** Splits `total` over `weights` exactly (in öre); the last share takes the remainder. */
function splitExactly(total: string, weights: string[]): string[] {
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

/** What a grant counts for in each year: its split where there is one, else its first year. */
export function grantYears(
  g: FinancingGrant,
  whatIf?: WhatIf[string],
): { year: number; amount: string | null; state: SourceLine["state"]; detail: string | null }[] {
  let status = g.status;
  let granted = g.amountGranted;
  let detail: string | null = null;
  if (whatIf && PENDING_GRANT.includes(g.status)) {
    status = whatIf.outcome === "REJECTED" ? "REJECTED" : whatIf.outcome;
    granted = whatIf.outcome === "GRANTED" ? g.amountApplied : whatIf.outcome === "PARTIALLY_GRANTED" ? (whatIf.amount ?? null) : "0";
    detail = "om";
  }
  const state: SourceLine["state"] = SECURED_GRANT.includes(status)
    ? "SECURED"
    : PENDING_GRANT.includes(status)
      ? "PENDING"
      : "NOT_COUNTED";
  const amount = state === "SECURED" ? granted : g.amountApplied;
  if (g.yearAmounts.length) {
    const perYear = g.yearAmounts.map((y) => (state === "SECURED" && !detail ? y.amountGranted : y.amountApplied));
    // A decision (or a what-if) on a multi-year split not divided per year is divided like the application.
    const divided =
      state === "SECURED" && amount && (detail || perYear.some((a) => a == null)) && g.yearAmounts.every((y) => y.amountApplied)
        ? splitExactly(
            amount,
            g.yearAmounts.map((y) => y.amountApplied as string),
          )
        : perYear;
    return g.yearAmounts.map((y, i) => ({ year: y.year, amount: divided[i] ?? null, state, detail }));
  }
  // Without a split: spread evenly over the grant's period (or its decision year).
  const first = g.periodStartYear ?? g.decisionYear;
  if (first == null) return [];
  const last = Math.max(first, g.periodEndYear ?? first);
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const amounts = amount
    ? splitExactly(
        amount,
        years.map(() => "1"),
      )
    : years.map(() => null);
  return years.map((year, i) => ({ year, amount: amounts[i], state, detail }));
}

/** What was sought for a year: the amount applied for (in the split, or spread), or the contribution. */
function soughtAmount(line: SourceLine, year: number, grants: Map<string, FinancingGrant>): string | null {
  if (line.state === "NOT_COUNTED") return null;
  if (line.kind !== "GRANT") return line.amount;
  const g = grants.get(line.key);
  if (!g) return line.amount;
  const applied = grantYears({ ...g, status: "SUBMITTED" }).find((y) => y.year === year)?.amount;
  return applied ?? line.amount;
}

export function projectFinancing(input: FinancingInput, whatIf: WhatIf = {}): FinancingYear[] {
  // The need is what was sought; a hypothetical outcome changes what is secured, never the need.
  const baseNeed = Object.keys(whatIf).length ? new Map(projectFinancing(input).map((y) => [y.year, y.need])) : null;
  const grantsByKey = new Map(input.grants.map((g) => [`grant:${g.id}`, g]));
  const years = new Map<number, SourceLine[]>();
  const linesOf = (y: number) => {
    const l = years.get(y) ?? [];
    years.set(y, l);
    return l;
  };
  for (const b of input.budgetYears) linesOf(b.year);
  for (const g of input.grants) {
    for (const share of grantYears(g, whatIf[g.id])) {
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
      const derivedNeed = sumMoney(lines.map((l) => soughtAmount(l, year, grantsByKey)));
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
