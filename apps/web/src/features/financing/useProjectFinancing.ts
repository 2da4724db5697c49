import { useQuery } from "@apollo/client/react";
import { compareMoney, parseAmountText, type WhatIf } from "@bk/domain";
import { useDebouncedValue } from "@mantine/hooks";
import { useMemo } from "react";
import type {
  FinancingYearFieldsFragment,
  ProjectFinancingFieldsFragment,
  ProjectFinancingFiguresQuery,
  WhatIfInput,
} from "../../gql/graphql";
import { PROJECT_FINANCING_FIGURES } from "./financing.queries";

export type FinancingProject = ProjectFinancingFieldsFragment;
export type FinancingYear = FinancingYearFieldsFragment;
type FiguresProject = Extract<NonNullable<ProjectFinancingFiguresQuery["node"]>, { __typename: "Project" }>;
export type FinancingWarning = FiguresProject["financingWarnings"][number];

/** How long typing in the what-if may pause before the API is asked again. */
const WHAT_IF_DEBOUNCE_MS = 300;

/**
 * The what-if as the API takes it: only finished choices (an amount for "in part" that is not
 * yet a valid amount leaves that application as it is, rather than asking with half a number).
 */
export function whatIfInput(whatIf: WhatIf): WhatIfInput[] {
  return Object.entries(whatIf).flatMap(([grantId, w]): WhatIfInput[] => {
    if (w.outcome !== "PARTIALLY_GRANTED") return [{ grantId, outcome: w.outcome }];
    const amount = w.amount ? parseAmountText(w.amount) : null;
    return amount !== null && compareMoney(amount, "0") >= 0 ? [{ grantId, outcome: w.outcome, amount }] : [];
  });
}

/**
 * A project's financing per year and its warnings for the reference year, as the API computes
 * them from all the project's grants and contributions (the same rules as the exports). A what-if
 * is sent to the API (debounced; nothing is saved); the figures on screen stay until the new ones arrive.
 */
export function useProjectFinancing(projectId: string, referenceYear: number | null, whatIf: WhatIf) {
  const [settled] = useDebouncedValue(whatIf, WHAT_IF_DEBOUNCE_MS);
  const asked = useMemo(() => whatIfInput(settled), [settled]);
  const { data, previousData, loading, error, refetch } = useQuery(PROJECT_FINANCING_FIGURES, {
    variables: { id: projectId, referenceYear: referenceYear ?? 0, whatIf: asked.length ? asked : null },
    // The reference year is known once the project says which year it opens on (or the user chose one).
    skip: referenceYear === null,
    // Grants change on other pages: show what is cached at once, and ask again.
    fetchPolicy: "cache-and-network",
  });
  const project = [data?.node, previousData?.node].find((n): n is FiguresProject => n?.__typename === "Project" && n.id === projectId);
  return {
    years: project?.financing ?? [],
    warnings: project?.financingWarnings ?? [],
    loaded: !!project,
    /** New figures are on their way (typing, or the API computing). */
    computing: loading || settled !== whatIf,
    error,
    refetch,
  };
}
