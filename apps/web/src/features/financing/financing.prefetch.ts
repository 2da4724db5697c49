import type { ApolloClient } from "@apollo/client";
import { prefetchQuery } from "../../shared/prefetched";
import { PROJECT_FINANCING } from "./financing.queries";

/** ProjectFinancingPage's first query's variables: the project, and today as the day its plans count from. */
export function projectFinancingVariables(id: string) {
  return { id, from: new Date().toISOString().slice(0, 10) };
}

/**
 * ProjectFinancingPage's first query, with its variables, so its useQuery finds it under way or
 * answered. Not the figures: their computation is the API's heaviest, and what the page asks
 * for them depends on what it has read (the reference year), so it asks for them itself.
 */
export async function prefetchProjectFinancing(client: ApolloClient, id: string) {
  await prefetchQuery(client, PROJECT_FINANCING, projectFinancingVariables(id));
}
