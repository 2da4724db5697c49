import type { FinancingYear, SourceLine } from "@bk/domain";
import { CompositeChart } from "@mantine/charts";
import { Paper, Title } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import { useFormat } from "../../shared/format";

const kr = (v: string | null) => (v == null ? 0 : Number(v.split(".")[0]));
const sum = (lines: SourceLine[], pick: (l: SourceLine) => boolean) => lines.filter(pick).reduce((a, l) => a + kr(l.amount), 0);

/** Stacked bars by source per year, with the need as a line. */
export function FinancingChart({ years }: { years: FinancingYear[] }) {
  const { t } = useI18n();
  const f = useFormat();
  const s = {
    grants: t("fin.series.grants"),
    cash: t("fin.series.cash"),
    inKind: t("fin.series.inKind"),
    own: t("fin.series.own"),
    pending: t("fin.series.pending"),
    need: t("fin.series.need"),
  };
  const data = years.map((y) => ({
    year: String(y.year),
    [s.grants]: sum(y.lines, (l) => l.kind === "GRANT" && l.state === "SECURED"),
    [s.cash]: sum(y.lines, (l) => l.kind === "CASH" && l.state === "SECURED"),
    [s.inKind]: sum(y.lines, (l) => l.kind === "IN_KIND" && l.state === "SECURED"),
    [s.own]: sum(y.lines, (l) => l.kind === "OWN"),
    [s.pending]: sum(y.lines, (l) => l.state === "PENDING"),
    [s.need]: kr(y.need),
  }));
  return (
    <Paper withBorder p="md" radius="md" component="section" data-testid="financing-chart">
      <Title order={2} size="h4" mb="sm">
        {t("fin.chart")}
      </Title>
      <CompositeChart
        h={300}
        data={data}
        dataKey="year"
        withLegend
        maxBarWidth={60}
        curveType="linear"
        valueFormatter={(v) => f.money(String(v))}
        barProps={{ stackId: "sources" }}
        series={[
          { name: s.grants, color: "grape.6", type: "bar" },
          { name: s.cash, color: "blue.6", type: "bar" },
          { name: s.inKind, color: "cyan.5", type: "bar" },
          { name: s.own, color: "teal.6", type: "bar" },
          { name: s.pending, color: "gray.4", type: "bar" },
          { name: s.need, color: "red.7", type: "line" },
        ]}
      />
    </Paper>
  );
}
