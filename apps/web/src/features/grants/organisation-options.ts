import { useQuery } from "@apollo/client/react";
import { usePrefetchedPolicy } from "../../shared/prefetched";
import { GRANT_FILTER_OPTIONS } from "./grants.queries";

/** The organisations that fund, and that receive, grants: the choices of every funder/recipient filter. */
export function useGrantPartyOptions() {
  const options = useQuery(GRANT_FILTER_OPTIONS, usePrefetchedPolicy(GRANT_FILTER_OPTIONS));
  const orgs = options.data?.organisations.edges.map((e) => e.node) ?? [];
  return {
    loading: options.loading,
    funders: orgs.filter((o) => o.grantsAsFunder.totalCount > 0).map((o) => ({ value: o.id, label: o.name })),
    recipients: orgs.filter((o) => o.grantsAsRecipient.totalCount > 0).map((o) => ({ value: o.id, label: o.name })),
  };
}
