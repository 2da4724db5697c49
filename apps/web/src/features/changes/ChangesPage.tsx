import { useApolloClient, useQuery } from "@apollo/client/react";
import { Button, Group, Paper, Stack, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useI18n } from "../../i18n/i18n";
import { AuditChangeItem } from "../../shared/audit/AuditChangeItem";
import { filterWords } from "../../shared/export/filter-words";
import { TableExport } from "../../shared/export/TableExport";
import { PageHeading } from "../../shared/page-head/PageHeading";
import { QueryState } from "../../shared/QueryState";
import { useSearchParams } from "../../shared/router";
import { AUDIT_CHANGES } from "./changes.queries";
import { changesTable } from "./changes-export";

const PAGE = 30;

/**
 * The whole audit trail the viewer may read, one entry per action, newest first: what happened to
 * which record, when and by whom, with the fields in words. Searchable, and downloadable or
 * printable as a whole.
 */
export function ChangesPage() {
  const { t, locale } = useI18n();
  const client = useApolloClient();
  const [params, setParams] = useSearchParams();
  const text = params.get("q") ?? "";
  const [query] = useDebouncedValue(text.trim(), 300);
  const where = { text: query || null };
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(AUDIT_CHANGES, { variables: { where, first: PAGE } });
  const shown = data ?? previousData;
  const changes = shown?.auditChanges.edges.map((e) => e.node) ?? [];
  const more = () =>
    fetchMore({
      variables: { after: shown?.auditChanges.pageInfo.endCursor },
      updateQuery: (prev, { fetchMoreResult }) => ({
        auditChanges: { ...fetchMoreResult.auditChanges, edges: [...prev.auditChanges.edges, ...fetchMoreResult.auditChanges.edges] },
      }),
    });
  return (
    <Stack>
      <PageHeading page="changes" />
      <Group align="flex-end" justify="space-between">
        <TextInput
          type="search"
          label={t("changes.search")}
          value={text}
          onChange={(e) => setParams(e.currentTarget.value ? { q: e.currentTarget.value } : {}, { replace: true })}
          w={{ base: "100%", sm: 320 }}
        />
        <TableExport
          testId="changes-export"
          title={t("changes.title")}
          filters={filterWords([[t("changes.search"), query]])}
          disabled={!shown}
          load={() => changesTable(client, where, t, locale)}
        />
      </Group>
      <QueryState
        loading={loading && !shown}
        error={error}
        empty={!loading && changes.length === 0}
        emptyText={t("changes.empty")}
        onRetry={() => refetch()}
      >
        <Paper withBorder p="md" radius="md" component="section" data-testid="changes">
          <Stack gap={0} component="ol" m={0} p={0} style={{ listStyle: "none" }}>
            {changes.map((c) => (
              <AuditChangeItem key={c.id} change={c} subject={c.subjectName ?? t("audit.unnamed")} />
            ))}
          </Stack>
          {shown?.auditChanges.pageInfo.hasNextPage && (
            <Button variant="subtle" size="xs" mt="xs" loading={loading} onClick={more}>
              {t("changes.more")}
            </Button>
          )}
        </Paper>
      </QueryState>
    </Stack>
  );
}
