import { useQuery } from "@apollo/client/react";
import { Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useEffect, useMemo, useRef } from "react";
import type { ProgrammeOverviewQuery } from "../../gql/graphql";
import { useI18n } from "../../i18n/i18n";
import { CategoryChart } from "../../shared/charts/CategoryChart";
import type { ChartSeries } from "../../shared/charts/chart-layout";
import { TableExport } from "../../shared/export/TableExport";
import { useFormat } from "../../shared/format";
import { PageHeading } from "../../shared/page-head/PageHeading";
import { QueryState } from "../../shared/QueryState";
import { useLocation } from "../../shared/router";
import { ScrollTable } from "../../shared/ScrollTable";
import { ShowMore, useShownRows } from "../../shared/ShowMore";
import { PROGRAMME_OVERVIEW } from "./programmes.queries";
import { programmesTable } from "./programmes-export";

type Row = ProgrammeOverviewQuery["programmeOverview"][number];

/** Programme cards drawn at a time (each has its chart): a county has hundreds of programmes. */
const CARDS_STEP = 20;

/** The rows by programme, in the order the programmes first come. */
function byProgramme(rows: readonly Row[]): { id: string; rows: Row[] }[] {
  const groups = new Map<string, Row[]>();
  for (const r of rows) {
    const group = groups.get(r.programmeId);
    if (group) group.push(r);
    else groups.set(r.programmeId, [r]);
  }
  return [...groups].map(([id, programmeRows]) => ({ id, rows: programmeRows }));
}

/** Chart values in whole kronor (the table shows the exact amounts); an amount nobody entered is left out, not drawn as 0. */
const kr = (amount: string | null | undefined) => (amount == null ? null : Number(amount.split(".")[0]));

function ProgrammeCard({ id, name, rows, linked }: { id: string; name: string; rows: Row[]; linked: boolean }) {
  const { t } = useI18n();
  const f = useFormat();
  // The card an address links to (/programmes#<its id>, e.g. from a gap's possible sources) comes into view
  // when it is drawn: the page draws its cards in a deferred render, after the answer has come.
  const card = useRef<HTMLElement>(null);
  useEffect(() => {
    if (linked) card.current?.scrollIntoView();
  }, [linked]);
  // Payments are grant details: shown only to those who read everything (the API leaves them empty for others).
  const showsPayments = rows.some((r) => r.disbursed !== null);
  const series: ChartSeries[] = [
    { key: "county", name: t("programmes.county"), color: "gray.5", kind: "bar" },
    { key: "applied", name: t("programmes.applied"), color: "blue.6", kind: "bar" },
    { key: "granted", name: t("programmes.granted"), color: "grape.6", kind: "bar" },
    ...(showsPayments ? [{ key: "disbursed", name: t("programmes.disbursed"), color: "teal.6", kind: "bar" } as const] : []),
  ];
  const chartRows = rows.map((r) => ({
    label: String(r.year),
    values: { county: kr(r.countyAllocation), applied: kr(r.applied), granted: kr(r.granted), disbursed: kr(r.disbursed) },
  }));
  const hasAllocation = rows.some((r) => r.countyAllocation || r.nationalAllocation);
  return (
    <Paper ref={card} id={id} withBorder p="md" radius="md" component="section" data-testid="programme">
      <Title order={2} size="h4" mb="sm">
        {name}
      </Title>
      <CategoryChart label={name} height={260} rows={chartRows} series={series} wholeNumbers format={(v) => f.money(String(v))} />
      {!hasAllocation && (
        <Text size="sm" c="dimmed" mt="xs">
          {t("programmes.noAllocation")}
        </Text>
      )}
      <ScrollTable label={name}>
        <Table miw={{ base: 760, sm: "auto" }} mt="md" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("programmes.year")}</Table.Th>
              <Table.Th ta="right">{t("programmes.national")}</Table.Th>
              <Table.Th ta="right">{t("programmes.county")}</Table.Th>
              <Table.Th ta="right">{t("programmes.applied")}</Table.Th>
              <Table.Th ta="right">{t("programmes.granted")}</Table.Th>
              {showsPayments && <Table.Th ta="right">{t("programmes.disbursed")}</Table.Th>}
              <Table.Th ta="right">{t("programmes.count")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.year}>
                <Table.Td>{r.year}</Table.Td>
                <Table.Td ta="right">{f.money(r.nationalAllocation)}</Table.Td>
                <Table.Td ta="right" title={r.allocationApproximate ? t("programmes.approximate") : undefined}>
                  {r.allocationApproximate ? "≈ " : ""}
                  {f.money(r.countyAllocation)}
                </Table.Td>
                <Table.Td ta="right">{f.money(r.applied)}</Table.Td>
                <Table.Td ta="right">{f.money(r.granted)}</Table.Td>
                {showsPayments && <Table.Td ta="right">{f.money(r.disbursed)}</Table.Td>}
                <Table.Td ta="right">{r.grantCount}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Paper>
  );
}

export function ProgrammeOverviewPage() {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(PROGRAMME_OVERVIEW);
  const rows = data?.programmeOverview ?? [];
  const programmes = useMemo(() => byProgramme(rows), [rows]);
  // A link to one programme (/programmes#<its id>) draws the cards down to its own, however far down it is.
  const { hash } = useLocation();
  const linkedId = hash ? decodeURIComponent(hash.slice(1)) : null;
  const linked = linkedId ? programmes.findIndex((p) => p.id === linkedId) : -1;
  const cards = useShownRows(programmes, CARDS_STEP, "programmes", linked + 1);
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <PageHeading page="programmes" />
        <TableExport testId="programmes-export" title={t("programmes.title")} disabled={!data} load={() => programmesTable(rows, t)} />
      </Group>
      <QueryState loading={loading && !data} error={error} empty={!loading && rows.length === 0} onRetry={() => refetch()}>
        {cards.shown.map((p) => (
          <ProgrammeCard key={p.id} id={p.id} name={p.rows[0].programmeName} rows={p.rows} linked={p.id === linkedId} />
        ))}
        <ShowMore {...cards} />
      </QueryState>
    </Stack>
  );
}
