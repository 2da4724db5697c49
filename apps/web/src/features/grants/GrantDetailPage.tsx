import { useQuery } from "@apollo/client/react";
import { wordReason } from "@bk/domain";
import { Anchor, Group, Stack, Title } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import { AuditTrail } from "../../shared/AuditTrail";
import { usePrefetchedPolicy } from "../../shared/prefetched";
import { QueryState } from "../../shared/QueryState";
import { Link, useParams } from "../../shared/router";
import { useViewer } from "../accounts/viewer";
import { GrantActions } from "./GrantActions";
import { GrantConditions } from "./GrantConditions";
import { useGrantDialogs } from "./GrantDialogs";
import { GrantDisbursements } from "./GrantDisbursements";
import { type GrantDetail, GrantFacts } from "./GrantFacts";
import { GrantProjectCard } from "./GrantProjectCard";
import { GrantReports } from "./GrantReports";
import { GrantTimeline } from "./GrantTimeline";
import { GrantYearSplit } from "./GrantYearSplit";
import { GRANT_DETAIL } from "./grants.queries";
import { SourcePassageCard } from "./SourceLink";
import { StatusBadge } from "./StatusBadge";
import "./grant-layout.css";

export function GrantDetailPage() {
  const { t, locale } = useI18n();
  const { id = "" } = useParams();
  const { data, dataState, loading, error, refetch } = useQuery(GRANT_DETAIL, {
    variables: { id },
    ...usePrefetchedPolicy(GRANT_DETAIL, { id }),
  });
  const node = dataState === "complete" ? data.node : null;
  const grant = node?.__typename === "Grant" ? (node as GrantDetail) : null;
  const notFound = !loading && !error && !grant;
  const { can } = useViewer();
  const dialogs = useGrantDialogs(grant);
  // The grant lifecycle is for case officers: others see the grant without its buttons.
  const edit = can("write:grants") ? dialogs.open : undefined;

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/grants" size="sm">
        ← {t("grant.back")}
      </Anchor>
      <QueryState
        // A grant already in the cache (asked early, or seen before) shows at once while it is asked again.
        loading={loading && !grant}
        error={notFound ? null : error}
        empty={notFound}
        emptyText={wordReason("grant.missing", {}, locale)}
        notFound="grant.missing"
        onRetry={() => refetch()}
      >
        {grant && (
          <>
            <Group gap="sm" align="center">
              <Title order={1}>{grant.title}</Title>
              <StatusBadge status={grant.status} />
            </Group>
            <div className="grant-layout">
              <div className="grant-column grant-main">
                <div className="grant-first">
                  <GrantFacts grant={grant} />
                </div>
                <GrantYearSplit yearAmounts={grant.yearAmounts} />
                <GrantConditions conditions={grant.conditions} open={edit} />
                <GrantReports reports={grant.reportRequirements} open={edit} />
                <GrantDisbursements disbursements={grant.disbursements} open={edit} />
                <AuditTrail changes={grant.changes} />
              </div>
              <div className="grant-column">
                {edit && (
                  <div className="grant-actions">
                    <GrantActions grant={grant} open={edit} />
                  </div>
                )}
                <GrantTimeline events={grant.timeline} />
                <SourcePassageCard passage={grant.sourcePassage} />
                <GrantProjectCard project={grant.project} />
              </div>
            </div>
          </>
        )}
      </QueryState>
      {dialogs.modal}
    </Stack>
  );
}
