import { useApolloClient, useQuery } from "@apollo/client/react";
import { Anchor, Badge, Button, Grid, Group, Modal, Paper, Select, Stack, Table, Text, Title, Tooltip } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useState } from "react";
import type { IndicatorsQuery, ObservationFieldsFragment } from "../../gql/graphql";
import { useI18n } from "../../i18n/i18n";
import { ActionsHeader } from "../../shared/ActionsHeader";
import { CategoryChart } from "../../shared/charts/CategoryChart";
import { TableExport } from "../../shared/export/TableExport";
import { plainNumber, useFormat } from "../../shared/format";
import { useServerMutation } from "../../shared/forms/useServerMutation";
import { QueryState } from "../../shared/QueryState";
import { Link, useQueryParam, useSearchParams } from "../../shared/router";
import { ScrollTable } from "../../shared/ScrollTable";
import { useViewer } from "../accounts/viewer";
import { IndicatorForm } from "./IndicatorForm";
import { IndicatorList } from "./IndicatorList";
import { ObservationForm } from "./ObservationForm";
import { DELETE_OBSERVATION, INDICATOR_VALUES, INDICATORS } from "./statistics.queries";
import { statisticsExport } from "./statistics-export";

type Indicator = IndicatorsQuery["indicators"]["edges"][number]["node"];
type Observation = ObservationFieldsFragment;

const period = (o: Observation, f: ReturnType<typeof useFormat>, none: string) =>
  !o.periodStart ? none : o.periodStart === o.periodEnd ? f.date(o.periodStart) : `${f.date(o.periodStart)} – ${f.date(o.periodEnd)}`;

/** More lines than this make a chart no one can read: the page asks for one reporter instead. */
const MAX_SERIES = 8;

/**
 * Who reported a value: the organisation and the project it reports for (an organisation may report
 * for several projects, each its own line), "none" for a value that names neither.
 */
const reporterOf = (o: Observation) => (o.organisation || o.project ? `${o.organisation?.id ?? ""}|${o.project?.id ?? ""}` : "none");
const reporterName = (o: Observation) => [o.organisation?.name, o.project?.name].filter(Boolean).join(" – ");

/** One series per breakdown over the end of each period; protected values are left out, never guessed. */
function Chart({
  indicator,
  observations,
  narrowable,
}: {
  indicator: Indicator;
  observations: readonly Observation[];
  /** Whether a reporter can still be chosen above (to draw fewer lines). */
  narrowable: boolean;
}) {
  const { t } = useI18n();
  const f = useFormat();
  const dated = observations.filter((o) => o.periodEnd && !o.suppressed && o.value != null);
  if (!dated.length) return <Text c="dimmed">{t("stat.noSeries")}</Text>;
  // One series per breakdown, and per reporter when several organisations or projects report the indicator.
  const reporters = new Set(dated.map(reporterOf));
  const seriesOf = (o: Observation) => `${o.breakdown ?? t("stat.total")}${reporters.size > 1 ? ` – ${reporterName(o)}` : ""}`;
  const byPoint = new Map<string, Observation>();
  for (const o of dated) {
    const key = `${o.periodEnd}|${seriesOf(o)}`;
    if (!byPoint.has(key)) byPoint.set(key, o);
  }
  const series = [...new Set(dated.map(seriesOf))];
  if (series.length > MAX_SERIES)
    return (
      <Text c="dimmed" data-testid="chart-too-many">
        {t(narrowable ? "stat.tooManySeries" : "stat.tooManySeriesTable", { count: f.number(series.length), max: MAX_SERIES })}
      </Text>
    );
  const points = [...new Set(dated.map((o) => o.periodEnd as string))].sort();
  const rows = points.map((end) => ({
    label: f.date(end),
    values: Object.fromEntries(series.map((s) => [s, plainNumber(byPoint.get(`${end}|${s}`)?.value)])),
  }));
  const colors = ["grape.6", "blue.6", "teal.7", "orange.7", "red.7", "indigo.6", "lime.8", "pink.7"];
  return (
    <CategoryChart
      label={`${indicator.name}: ${t("stat.chart")}`}
      height={220}
      rows={rows}
      series={series.map((s, i) => ({ key: s, name: s, color: colors[i % colors.length], kind: "line" }))}
      format={(v) => f.number(v)}
    />
  );
}

export function StatisticsPage() {
  const { t } = useI18n();
  const f = useFormat();
  const [params, setParams] = useSearchParams();
  const [, set] = useQueryParam();
  const phone = useMediaQuery("(max-width: 62em)");
  const client = useApolloClient();
  const { data, loading, error, refetch: refetchList, fetchMore } = useQuery(INDICATORS);
  const indicators = data?.indicators.edges.map((e) => e.node) ?? [];
  const wanted = params.get("indicator");
  // The chosen indicator by its address (also one past the list's first hundred), else the first; with
  // its values only: a county's indicators hold some 100 000 values together.
  const chosenId = wanted ?? indicators[0]?.id ?? null;
  const values = useQuery(INDICATOR_VALUES, { variables: { id: chosenId ?? "" }, skip: !chosenId });
  const node = values.data?.node?.__typename === "Indicator" ? values.data.node : null;
  const selected = node ?? indicators.find((i) => i.id === chosenId) ?? null;
  const missing = !!wanted && !!values.data && !node;
  const all = node?.observations ?? [];
  // The reporters of the chosen indicator (when several), and the one chosen in the address (`?reporter=`).
  const reporters = [...new Map(all.map((o) => [reporterOf(o), reporterName(o)])).entries()]
    .map(([value, label]) => ({ value, label: label || t("stat.noReporter") }))
    .sort((a, b) => a.label.localeCompare(b.label, "sv"));
  const reporter = reporters.find((r) => r.value === params.get("reporter"))?.value ?? null;
  const observations = reporter === null ? all : all.filter((o) => reporterOf(o) === reporter);
  /**
   * After a value changed: the chosen indicator's values, with its count (the list's entry reads the
   * same cached indicator). The list stays as far as it was shown.
   */
  const refetchValues = () => {
    if (chosenId) values.refetch();
  };
  /** After an indicator changed (its name orders the list): the list from its start, and the values. */
  const refetch = () => {
    refetchList();
    refetchValues();
  };
  const pageInfo = data?.indicators.pageInfo;
  const moreIndicators = () =>
    fetchMore({
      variables: { after: pageInfo?.endCursor },
      updateQuery: (prev, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        indicators: { ...fetchMoreResult.indicators, edges: [...prev.indicators.edges, ...fetchMoreResult.indicators.edges] },
      }),
    });
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Observation | null>(null);
  const [newIndicator, setNewIndicator] = useState(false);
  const [editingIndicator, setEditingIndicator] = useState(false);
  const remove = useServerMutation(DELETE_OBSERVATION, t("stat.deleted"), { toast: true });
  const { can, canWriteProject } = useViewer();
  const threshold = data?.smallCountThreshold ?? 5;
  const list = (
    <IndicatorList
      indicators={indicators}
      chosenId={selected?.id ?? null}
      total={data?.indicators.totalCount ?? 0}
      hasMore={!!pageInfo?.hasNextPage}
      onMore={() => moreIndicators()}
      titled={!!phone}
      onChoose={(id) => {
        setParams({ indicator: id }, { replace: true });
        // Below the values on a phone: on to them, the keyboard's focus too.
        if (phone) requestAnimationFrame(() => document.getElementById("indicator-heading")?.focus());
      }}
    />
  );
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t("stat.title")}</Title>
          <Text c="dimmed">{t("stat.intro", { threshold })}</Text>
        </div>
        <Group gap="xs">
          <TableExport testId="statistics-export" title={t("stat.title")} disabled={!data} load={() => statisticsExport(client, t)} />
          {can("write:indicators") && (
            <Button variant="light" onClick={() => setNewIndicator(true)}>
              {t("stat.newIndicator")}
            </Button>
          )}
        </Group>
      </Group>
      <QueryState loading={loading && !data} error={error} onRetry={() => refetch()}>
        <Grid>
          {/* On a phone the chosen indicator comes first and the list after it (a county's list is long), in the page as on the screen. */}
          {!phone && <Grid.Col span={{ base: 12, md: 4 }}>{list}</Grid.Col>}
          <Grid.Col span={{ base: 12, md: 8 }}>
            {missing && <Text c="dimmed">{t("state.notFound")}</Text>}
            {selected && !missing && (
              <Stack>
                <Paper withBorder p="md" radius="md">
                  <Group justify="space-between">
                    <Title order={2} size="h3" id="indicator-heading" tabIndex={-1}>
                      {selected.name}
                    </Title>
                    <Group gap="xs">
                      {can("write:indicators") && (
                        <Button size="xs" variant="default" onClick={() => setEditingIndicator(true)}>
                          {t("stat.editIndicator")}
                        </Button>
                      )}
                      {(can("write:statistics") || can("write:ownStatistics")) && (
                        <Button size="xs" onClick={() => setAdding(true)}>
                          {t("stat.add")}
                        </Button>
                      )}
                    </Group>
                  </Group>
                  <Text size="sm" c="dimmed">
                    {selected.definition} ({t("stat.unit")}: {selected.unit}
                    {selected.countsPeople ? `, ${t("stat.countsPeople").toLowerCase()}` : ""})
                  </Text>
                </Paper>
                {reporters.length > 1 && (
                  <Select
                    label={t("stat.reporterFilter")}
                    placeholder={t("stat.allReporters", { count: f.number(reporters.length) })}
                    data={reporters}
                    value={reporter}
                    onChange={(v) => set("reporter", v)}
                    searchable
                    clearable
                    w={{ base: "100%", sm: 360 }}
                    data-testid="reporter-filter"
                  />
                )}
                <Paper withBorder p="md" radius="md">
                  <Title order={3} size="h5" mb="xs">
                    {t("stat.chart")}
                  </Title>
                  <QueryState loading={values.loading && !values.data} error={values.error} onRetry={() => values.refetch()}>
                    <Chart indicator={selected} observations={observations} narrowable={reporters.length > 1 && reporter === null} />
                  </QueryState>
                </Paper>
                <Paper withBorder p="md" radius="md">
                  <QueryState loading={values.loading && !values.data} error={values.error} onRetry={() => values.refetch()}>
                    <ScrollTable label={selected.name}>
                      <Table miw={{ base: 600, sm: "auto" }} fz="sm" data-testid="observations">
                        <Table.Thead>
                          <Table.Tr>
                            <Table.Th>{t("stat.period")}</Table.Th>
                            <Table.Th>{t("stat.breakdown")}</Table.Th>
                            <Table.Th ta="right">{t("stat.value")}</Table.Th>
                            <Table.Th>{t("stat.reporter")}</Table.Th>
                            <Table.Th>{t("stat.note")}</Table.Th>
                            <ActionsHeader />
                          </Table.Tr>
                        </Table.Thead>
                        <Table.Tbody>
                          {observations.map((o) => (
                            <Table.Tr key={o.id}>
                              <Table.Td style={{ whiteSpace: "nowrap" }}>{period(o, f, t("stat.noPeriod"))}</Table.Td>
                              <Table.Td>{o.breakdown ?? t("stat.total")}</Table.Td>
                              <Table.Td ta="right" fw={600}>
                                {o.suppressed ? (
                                  <Tooltip label={t("stat.protected")}>
                                    <Badge color="gray" variant="light">
                                      {o.displayValue}
                                    </Badge>
                                  </Tooltip>
                                ) : (
                                  `${o.approximate ? `${t("stat.approx")} ` : ""}${f.number(o.displayValue)}`
                                )}
                              </Table.Td>
                              <Table.Td>
                                {o.organisation && (
                                  <Anchor component={Link} to={`/partners/${encodeURIComponent(o.organisation.id)}`} size="sm">
                                    {o.organisation.name}
                                  </Anchor>
                                )}
                                {!o.organisation && o.project?.name}
                              </Table.Td>
                              <Table.Td>
                                <Text size="xs" c="dimmed">
                                  {o.note}
                                </Text>
                              </Table.Td>
                              <Table.Td>
                                {!o.suppressed && canWriteProject(o.project?.id, "statistics") && (
                                  <Group gap={4} wrap="nowrap">
                                    <Button size="compact-xs" variant="default" onClick={() => setEditing(o)}>
                                      {t("org.edit")}
                                    </Button>
                                    <Button
                                      size="compact-xs"
                                      variant="subtle"
                                      color="red"
                                      onClick={async () => {
                                        if (await remove.run({ id: o.id, expectedVersion: o.version })) refetchValues();
                                      }}
                                    >
                                      {t("stat.delete")}
                                    </Button>
                                  </Group>
                                )}
                              </Table.Td>
                            </Table.Tr>
                          ))}
                        </Table.Tbody>
                      </Table>
                    </ScrollTable>
                  </QueryState>
                </Paper>
              </Stack>
            )}
          </Grid.Col>
          {phone && <Grid.Col span={12}>{list}</Grid.Col>}
        </Grid>
      </QueryState>
      <Modal opened={!!editing} onClose={() => setEditing(null)} title={t("stat.editValue")} size="lg">
        {selected && editing && (
          <ObservationForm
            defaults={{ indicatorId: selected.id }}
            observation={editing}
            onDone={() => {
              setEditing(null);
              refetchValues();
            }}
          />
        )}
      </Modal>
      <Modal opened={newIndicator} onClose={() => setNewIndicator(false)} title={t("stat.newIndicator")}>
        <IndicatorForm
          onDone={(id) => {
            setNewIndicator(false);
            if (id) {
              refetch();
              setParams({ indicator: id }, { replace: true });
            }
          }}
        />
      </Modal>
      <Modal opened={editingIndicator} onClose={() => setEditingIndicator(false)} title={t("stat.editIndicator")} size="lg">
        {selected && (
          <IndicatorForm
            indicator={selected}
            onDone={(id) => {
              setEditingIndicator(false);
              if (id) refetch();
            }}
          />
        )}
      </Modal>
      <Modal opened={adding} onClose={() => setAdding(false)} title={`${t("stat.add")}: ${selected?.name ?? ""}`} size="lg">
        {selected && (
          <ObservationForm
            defaults={{
              indicatorId: selected.id,
              organisationId: observations[0]?.organisation?.id,
              projectId: observations[0]?.project?.id,
            }}
            onDone={() => {
              setAdding(false);
              refetchValues();
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
