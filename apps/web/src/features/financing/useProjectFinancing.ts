import { type FinancingInput, financingWarnings, projectFinancing, type WhatIf } from "@bk/domain";
import { useMemo } from "react";
import type { ProjectFinancingFieldsFragment } from "../../gql/graphql";

export type FinancingProject = ProjectFinancingFieldsFragment;

/** The API's project data as the financing rules take it. */
export function toFinancingInput(p: FinancingProject): FinancingInput {
  return {
    budgetYears: p.budgetYears.map((b) => ({ year: b.year, amount: b.amount, ownFunding: b.ownFunding ?? null })),
    contributions: p.contributions.map((c) => ({
      ...c,
      amount: c.amount ?? null,
      description: c.description ?? null,
      organisationName: c.organisation.name,
    })),
    grants: p.grants.edges.map(({ node: g }) => ({
      id: g.id,
      title: g.title,
      status: g.status,
      funderName: g.funder.name,
      amountApplied: g.amountApplied ?? null,
      amountGranted: g.amountGranted ?? null,
      periodStartYear: g.periodStartYear ?? null,
      periodEndYear: g.periodEndYear ?? null,
      decisionYear: g.decisionDate ? Number(g.decisionDate.slice(0, 4)) : null,
      yearAmounts: g.yearAmounts.map((y) => ({
        year: y.year,
        amountApplied: y.amountApplied ?? null,
        amountGranted: y.amountGranted ?? null,
      })),
    })),
  };
}

/** Financing per year and its warnings, recomputed in the browser for a what-if (nothing saved). */
export function useProjectFinancing(project: FinancingProject | null, whatIf: WhatIf, referenceYear: number) {
  return useMemo(() => {
    if (!project) return { years: [], warnings: [], input: null };
    const input = toFinancingInput(project);
    const years = projectFinancing(input, whatIf);
    return { years, warnings: financingWarnings(input, years, referenceYear), input };
  }, [project, whatIf, referenceYear]);
}
