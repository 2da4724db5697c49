import type { ApolloClient } from "@apollo/client";
import type { IndicatorsExportQuery } from "../../gql/graphql";
import type { useI18n } from "../../i18n/i18n";
import { everyPage } from "../../shared/export/every-page";
import type { ExportTable } from "../../shared/export/export-table";
import { INDICATORS_EXPORT } from "./statistics.queries";

type T = ReturnType<typeof useI18n>["t"];
type Indicator = IndicatorsExportQuery["indicators"]["edges"][number]["node"];

/**
 * Values as the page shows them: a small count of people stays protected ("<5") in the file too —
 * the download never holds more than the screen.
 */
export function statisticsTable(indicators: Indicator[], t: T): ExportTable {
  return {
    name: t("export.statistics"),
    columns: [
      { header: t("export.col.indicator"), width: 48 },
      { header: t("export.col.unit"), width: 14 },
      { header: t("export.col.periodFrom"), kind: "date" },
      { header: t("export.col.periodTo"), kind: "date" },
      { header: t("export.col.breakdown"), width: 30 },
      { header: t("export.col.value"), kind: "number" },
      { header: t("export.col.organisation"), width: 30 },
      { header: t("fin.project"), width: 30 },
      { header: t("export.col.note"), width: 40 },
    ],
    rows: indicators.flatMap((i) =>
      i.observations.map((o) => [
        i.name,
        i.unit,
        o.periodStart ?? null,
        o.periodEnd ?? null,
        o.breakdown ?? t("stat.total"),
        o.displayValue ?? null,
        o.organisation?.name ?? null,
        o.project?.name ?? null,
        o.note ?? null,
      ]),
    ),
  };
}

/** Every indicator's values as the download holds them, asked for when it is, page by page (not kept in the cache). */
export async function statisticsExport(client: ApolloClient, t: T): Promise<ExportTable> {
  const indicators = await everyPage(async (after) => {
    const { data, error } = await client.query({ query: INDICATORS_EXPORT, variables: { after }, fetchPolicy: "no-cache" });
    if (error || !data) throw error ?? new Error("no data");
    return data.indicators;
  });
  return statisticsTable(indicators, t);
}
