import type { CoFinancingContribution, FinancingGrant, FinancingInput } from "@bk/domain";
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

// The rows are rebuilt field by field, not spread with fields added and replaced: a county's portfolio
// converts tens of thousands of them, and `{ ...row, a, b }` over Prisma's result objects took 30× as long.

/** A contribution as the financing rules and the co-financing matrix take it. */
function toContribution(c: ProjectForFinancing["contributions"][number]): CoFinancingContribution {
  return {
    id: c.id,
    year: c.year,
    kind: c.kind,
    amount: s(c.amount),
    status: c.status,
    description: c.description,
    organisationId: c.organisation.id,
    organisationName: c.organisation.name,
  };
}

function toGrant(g: ProjectForFinancing["grants"][number]): FinancingGrant {
  return {
    id: g.id,
    title: g.title,
    status: g.status,
    amountApplied: s(g.amountApplied),
    amountGranted: s(g.amountGranted),
    periodStartYear: g.periodStartYear,
    periodEndYear: g.periodEndYear,
    decisionYear: g.decisionDate?.getUTCFullYear() ?? null,
    programmeId: g.programmeId,
    funderId: g.funder.id,
    funderName: g.funder.name,
    yearAmounts: g.yearAmounts.map((y) => ({ year: y.year, amountApplied: s(y.amountApplied), amountGranted: s(y.amountGranted) })),
  };
}

export function toFinancingInput(p: ProjectForFinancing): FinancingInput {
  return {
    budgetYears: p.budgetYears.map((b) => ({ year: b.year, amount: b.amount.toString(), ownFunding: s(b.ownFunding) })),
    contributions: p.contributions.map(toContribution),
    grants: p.grants.map(toGrant),
  };
}

/** The project's contributions as the co-financing matrix takes them. */
export function toCoFinancing(p: Pick<ProjectForFinancing, "contributions">): CoFinancingContribution[] {
  return p.contributions.map(toContribution);
}
