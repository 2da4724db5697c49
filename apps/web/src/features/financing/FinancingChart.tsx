import { Paper, Title } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import { CategoryChart } from "../../shared/charts/CategoryChart";
import type { ChartSeries } from "../../shared/charts/chart-layout";
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
  const series: ChartSeries[] = [
    { key: "grants", name: t("fin.series.grants"), color: "grape.6", kind: "bar" },
    { key: "cash", name: t("fin.series.cash"), color: "blue.6", kind: "bar" },
    { key: "inKind", name: t("fin.series.inKind"), color: "cyan.5", kind: "bar" },
    { key: "own", name: t("fin.series.own"), color: "teal.6", kind: "bar" },
    { key: "pending", name: t("fin.series.pending"), color: "gray.4", kind: "bar" },
    { key: "need", name: t("fin.series.need"), color: "red.7", kind: "line" },
  ];
  const rows = years.map((y) => ({
    label: String(y.year),
    values: {
      grants: secured(y, "GRANT"),
      cash: secured(y, "CASH"),
      inKind: secured(y, "IN_KIND"),
      own: secured(y, "OWN"),
      pending: kr(y.pending),
      need: kr(y.need),
    },
  }));
  return (
    <Paper withBorder p="md" radius="md" component="section" data-testid="financing-chart">
      <Title order={2} size="h4" mb="sm">
        {t("fin.chart")}
      </Title>
      <CategoryChart
        label={t("fin.chart")}
        height={300}
        rows={rows}
        series={series}
        stacked
        wholeNumbers
        format={(v) => f.money(String(v))}
      />
    </Paper>
  );
}
