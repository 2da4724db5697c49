import type { ApolloClient } from "@apollo/client";
import { PROJECT_FINANCING, PROJECT_FINANCING_FIGURES } from "./financing.queries";

/**
 * ProjectFinancingPage's first query, then, when the address chooses no year, useProjectFinancing's
 * figures for the project's opening year: the same variables as theirs, so their useQuery finds
 * them under way or answered. (Nothing from @bk/domain here: this chunk must stay small, or the
 * queries wait for its download.)
 */
export async function prefetchProjectFinancing(client: ApolloClient, id: string, search: URLSearchParams) {
  const today = new Date().toISOString().slice(0, 10);
  const { data } = await client.query({ query: PROJECT_FINANCING, variables: { id, from: today } });
  const node = data?.node;
  const referenceYear = node?.__typename === "Project" ? node.financingOpeningYear : null;
  if (search.has("year") || referenceYear === null || referenceYear === undefined) return;
  await client.query({ query: PROJECT_FINANCING_FIGURES, variables: { id, referenceYear, whatIf: null } });
}
