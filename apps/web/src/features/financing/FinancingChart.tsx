import { CompositeChart } from "@mantine/charts";
import { Paper, Title } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import { useFormat } from "../../shared/format";
import type { FinancingYear } from "./useProjectFinancing";

/** Whole kronor for drawing (the chart needs numbers; the exact figures are in the table). */
const kr = (v: string | null | undefined) => (v == null ? 0 : Number(v.split(".")[0]));
/** What the API summed as secured for one kind of source that year. */
const secured = (y: FinancingYear, kind: string) => kr(y.totals.find((x) => x.kind === kind && x.state === "SECURED")?.amount);

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
    [s.grants]: secured(y, "GRANT"),
    [s.cash]: secured(y, "CASH"),
    [s.inKind]: secured(y, "IN_KIND"),
    [s.own]: secured(y, "OWN"),
    [s.pending]: kr(y.pending),
    [s.need]: kr(y.need),
  }));
  return (
    // The chart's (hidden) tooltip keeps its last place when the chart narrows: clip it, so it cannot widen the page.
    <Paper withBorder p="md" radius="md" component="section" data-testid="financing-chart" style={{ overflow: "hidden" }}>
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
        // As wide as its longest amount, so "1 200 000 kr" stays inside the card.
        yAxisProps={{ width: "auto" }}
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
