import { grantStatusLabels, grantYearShares, organisationKindLabels, sumMoney, type YearShare } from "@bk/domain";
import type { Prisma } from "@bk/domain/server";

/** The grouping keys analysts can sum grants by. */
export const GRANT_GROUPS = ["YEAR", "FUNDER", "PROGRAMME", "STATUS", "MUNICIPALITY", "ORGANISATION_KIND", "RECIPIENT"] as const;
export type GrantGroupBy = (typeof GRANT_GROUPS)[number];

export const grantSummarySelect = {
  status: true,
  amountApplied: true,
  amountGranted: true,
  periodStartYear: true,
  periodEndYear: true,
  decisionDate: true,
  funder: { select: { id: true, name: true } },
  recipient: { select: { id: true, name: true, municipality: true, kind: true } },
  programme: { select: { id: true, name: true } },
  yearAmounts: { select: { year: true, amountApplied: true, amountGranted: true } },
} satisfies Prisma.GrantSelect;

export type GrantForSummary = Prisma.GrantGetPayload<{ select: typeof grantSummarySelect }>;

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

function keyOf(g: GrantForSummary, by: Exclude<GrantGroupBy, "YEAR">): { key: string; label: string } {
  switch (by) {
    case "FUNDER":
      return { key: g.funder.id, label: g.funder.name };
    case "PROGRAMME":
      return { key: g.programme?.id ?? "", label: g.programme?.name ?? "Inget program" };
    case "STATUS":
      return { key: g.status, label: grantStatusLabels[g.status].sv };
    case "MUNICIPALITY":
      return { key: g.recipient.municipality ?? "", label: g.recipient.municipality ?? "Ingen kommun" };
    case "ORGANISATION_KIND":
      return { key: g.recipient.kind, label: organisationKindLabels[g.recipient.kind].sv };
    case "RECIPIENT":
      return { key: g.recipient.id, label: g.recipient.name };
  }
}

/** Sums applied and granted amounts exactly, grouped; by YEAR a grant counts in each year the year-attribution rule gives it. */
export function groupGrants(grants: GrantForSummary[], by: GrantGroupBy): GrantGroup[] {
  const groups = new Map<string, { label: string; count: number; applied: (string | null)[]; granted: (string | null)[] }>();
  const add = (key: string, label: string, applied: string | null, granted: string | null) => {
    const g = groups.get(key) ?? { label, count: 0, applied: [], granted: [] };
    g.count += 1;
    g.applied.push(applied);
    g.granted.push(granted);
    groups.set(key, g);
  };
  for (const g of grants) {
    if (by === "YEAR") {
      const shares = yearShares(g);
      for (const share of shares) add(String(share.year), String(share.year), share.applied, share.granted);
      // A grant the rule gives no year still counts in the sums, under "unknown year".
      if (!shares.length) add("", "Okänt år", money(g.amountApplied), money(g.amountGranted));
    } else {
      const { key, label } = keyOf(g, by);
      add(key, label, money(g.amountApplied), money(g.amountGranted));
    }
  }
  return [...groups.entries()]
    .map(([key, g]) => ({ key, label: g.label, count: g.count, amountApplied: sumMoney(g.applied), amountGranted: sumMoney(g.granted) }))
    .sort((a, b) => a.label.localeCompare(b.label, "sv"));
}

export function totals(grants: GrantForSummary[]) {
  return {
    count: grants.length,
    amountApplied: sumMoney(grants.map((g) => money(g.amountApplied))),
    amountGranted: sumMoney(grants.map((g) => money(g.amountGranted))),
  };
}
