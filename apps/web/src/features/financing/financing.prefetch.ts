import type { ApolloClient } from "@apollo/client";
import { PROJECT_FINANCING } from "./financing.queries";

/**
 * ProjectFinancingPage's first query, with its variables, so its useQuery finds it under way or
 * answered. Not the figures: their computation is the API's heaviest, and the page asks for them
 * again anyway (cache-and-network), so asking early would make the API compute them twice.
 */
export async function prefetchProjectFinancing(client: ApolloClient, id: string) {
  const today = new Date().toISOString().slice(0, 10);
  await client.query({ query: PROJECT_FINANCING, variables: { id, from: today } });
}
