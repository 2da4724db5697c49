import { useApolloClient, useQuery } from "@apollo/client/react";
import { Button, Group, Select, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useI18n } from "../../i18n/i18n";
import { TableExport } from "../../shared/export/TableExport";
import { PageHeading } from "../../shared/page-head/PageHeading";
import { usePrefetchedPolicy } from "../../shared/prefetched";
import { QueryState } from "../../shared/QueryState";
import { Link } from "../../shared/router";
import { useViewer } from "../accounts/viewer";
import { GrantFilters } from "./GrantFilters";
import { GrantTable } from "./GrantTable";
import { GrantTotals } from "./GrantTotals";
import { EXPORT_ROW_LIMIT, grantFilterWords, grantsTable } from "./grant-export";
import { grantsListVariables } from "./grant-filters";
import { GRANTS_LIST } from "./grants.queries";
import { useGrantPartyOptions } from "./organisation-options";
import { useGrantFilters } from "./useGrantFilters";

export function GrantsPage() {
  const { t, locale } = useI18n();
  const client = useApolloClient();
  const filterState = useGrantFilters();
  const { where, orderBy, filters } = filterState;
  // Cursor stack for previous/next; any change of filter starts again at page 1.
  const key = JSON.stringify([where, orderBy, filters.pageSize]);
  const [paging, setPaging] = useState<{ key: string; cursors: (string | null)[] }>({ key, cursors: [null] });
  const cursors = paging.key === key ? paging.cursors : [null];
  const setCursors = (next: (c: (string | null)[]) => (string | null)[]) => setPaging({ key, cursors: next(cursors) });
  const after = cursors[cursors.length - 1];
  const variables = grantsListVariables(filters, where, after);
  const { data, previousData, loading, error, refetch } = useQuery(GRANTS_LIST, {
    variables,
    ...usePrefetchedPolicy(GRANTS_LIST, variables),
  });
  const { can } = useViewer();
  const parties = useGrantPartyOptions();
  const shown = data ?? previousData;
  const grants = shown?.grants.edges.map((e) => e.node) ?? [];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <PageHeading page="grants" />
        <Group gap="xs">
          <TableExport
            testId="grants-export"
            title={t("grants.title")}
            filters={grantFilterWords(filters, parties, t, locale)}
            disabled={!shown}
            load={async () => {
              // Every matching grant, not just this page, in the list's order.
              const table = await grantsTable(client, { where, orderBy }, t, locale);
              if (table.truncated) notifications.show({ color: "yellow", message: t("export.truncated", { count: EXPORT_ROW_LIMIT }) });
              return table;
            }}
          />
          {can("write:grants") && (
            <Button component={Link} to="/grants/new">
              {t("grants.new")}
            </Button>
          )}
        </Group>
      </Group>
      <GrantFilters {...filterState} />
      <GrantTotals summary={shown?.grantSummary} />
      <QueryState
        loading={loading && !shown}
        error={error}
        empty={!loading && grants.length === 0}
        emptyText={t("grants.empty")}
        onRetry={() => refetch()}
      >
        <GrantTable grants={grants} />
      </QueryState>
      <Group justify="space-between">
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            {t("grants.pageSize")}
          </Text>
          <Select
            w={90}
            size="xs"
            aria-label={t("grants.pageSize")}
            data={filterState.pageSizes.map(String)}
            value={String(filters.pageSize)}
            onChange={(v) => filterState.update({ pageSize: Number(v) })}
            allowDeselect={false}
          />
        </Group>
        <Group gap="xs">
          <Text size="sm">{t("grants.page", { page: cursors.length })}</Text>
          <Button variant="default" size="xs" disabled={cursors.length <= 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
            {t("grants.previous")}
          </Button>
          <Button
            variant="default"
            size="xs"
            disabled={!shown?.grants.pageInfo.hasNextPage}
            onClick={() => setCursors((c) => [...c, shown?.grants.pageInfo.endCursor ?? null])}
          >
            {t("grants.next")}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
