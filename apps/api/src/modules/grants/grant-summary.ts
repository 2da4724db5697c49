import { grantStatusLabels, organisationKindLabels, sumMoney } from "@bk/domain";
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
export type YearShareSource = {
  amountApplied: Amount;
  amountGranted: Amount;
  periodStartYear: number | null;
  decisionDate: Date | null;
  yearAmounts: { year: number; amountApplied: Amount; amountGranted: Amount }[];
};

/** Per-year amounts: the split where there is one, else the whole grant in its first year. */
export function yearShares(g: YearShareSource): { key: string; applied: string | null; granted: string | null }[] {
  if (g.yearAmounts.length) {
    return g.yearAmounts.map((y) => ({ key: String(y.year), applied: money(y.amountApplied), granted: money(y.amountGranted) }));
  }
  const year = g.periodStartYear ?? g.decisionDate?.getUTCFullYear();
  return [{ key: year ? String(year) : "", applied: money(g.amountApplied), granted: money(g.amountGranted) }];
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

/** Sums applied and granted amounts exactly, grouped; a multi-year grant counts in each year of its split. */
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
      for (const share of yearShares(g)) add(share.key, share.key || "Okänt år", share.applied, share.granted);
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
