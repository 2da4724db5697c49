import type { CoFinancingContribution, FinancingInput } from "@bk/domain";
import type { Prisma } from "@bk/domain/server";

/** What the financing rules need of a project, as one Prisma selection (no N+1 under a list). */
export const financingSelect = {
  id: true,
  owner: { select: { id: true, kind: true } },
  operator: { select: { id: true, kind: true } },
  budgetYears: { select: { year: true, amount: true, ownFunding: true } },
  contributions: {
    select: {
      id: true,
      year: true,
      kind: true,
      amount: true,
      status: true,
      description: true,
      organisation: { select: { id: true, name: true } },
    },
  },
  grants: {
    select: {
      id: true,
      title: true,
      status: true,
      amountApplied: true,
      amountGranted: true,
      periodStartYear: true,
      periodEndYear: true,
      decisionDate: true,
      programmeId: true,
      funder: { select: { id: true, name: true } },
      recipient: { select: { id: true, kind: true } },
      yearAmounts: { select: { year: true, amountApplied: true, amountGranted: true } },
    },
  },
} satisfies Prisma.ProjectSelect;

export type ProjectForFinancing = Prisma.ProjectGetPayload<{ select: typeof financingSelect }>;

const s = (v: { toString(): string } | null) => (v == null ? null : v.toString());

export function toFinancingInput(p: ProjectForFinancing): FinancingInput {
  return {
    budgetYears: p.budgetYears.map((b) => ({ year: b.year, amount: b.amount.toString(), ownFunding: s(b.ownFunding) })),
    contributions: p.contributions.map((c) => ({
      ...c,
      organisationId: c.organisation.id,
      organisationName: c.organisation.name,
      amount: s(c.amount),
    })),
    grants: p.grants.map((g) => ({
      ...g,
      funderName: g.funder.name,
      funderId: g.funder.id,
      amountApplied: s(g.amountApplied),
      amountGranted: s(g.amountGranted),
      decisionYear: g.decisionDate?.getUTCFullYear() ?? null,
      yearAmounts: g.yearAmounts.map((y) => ({ year: y.year, amountApplied: s(y.amountApplied), amountGranted: s(y.amountGranted) })),
    })),
  };
}

/** The project's contributions as the co-financing matrix takes them. */
export function toCoFinancing(p: Pick<ProjectForFinancing, "contributions">): CoFinancingContribution[] {
  return p.contributions.map((c) => ({
    ...c,
    organisationId: c.organisation.id,
    organisationName: c.organisation.name,
    amount: s(c.amount),
  }));
}
