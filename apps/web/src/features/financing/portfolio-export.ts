import { formatMoney, type Locale, label, type ProjectPhase, projectPhaseLabels } from "@bk/domain";
import type { FinancingPortfolioQuery } from "../../gql/graphql";
import type { useI18n } from "../../i18n/i18n";
import type { MessageKey } from "../../i18n/messages";
import type { ExportTable } from "../../shared/export/export-table";

type T = ReturnType<typeof useI18n>["t"];

/** The portfolio for a reference year as a table: each project's need, secured and gap, next year's gap, and its warnings in words. */
export function portfolioTable(rows: FinancingPortfolioQuery["financingPortfolio"], year: number, t: T, locale: Locale): ExportTable {
  return {
    name: `${t("export.portfolio")} ${year}`,
    columns: [
      { header: t("fin.project"), width: 40 },
      { header: t("fin.phase"), width: 18 },
      { header: t("export.col.year"), kind: "year", width: 8 },
      { header: t("fin.need"), kind: "money" },
      { header: t("fin.secured"), kind: "money" },
      { header: t("fin.gap"), kind: "money" },
      { header: t("export.col.nextGap"), kind: "money" },
      { header: t("export.col.warnings"), width: 80 },
    ],
    rows: rows.map((r) => [
      r.name,
      label(projectPhaseLabels, r.phase as ProjectPhase, locale),
      year,
      r.thisYear?.need ?? null,
      r.thisYear?.secured ?? null,
      r.thisYear?.gap ?? null,
      r.nextYear?.gap ?? null,
      r.warnings
        .map((w) => t(`fin.warning.${w.kind}` as MessageKey, { year: w.year, next: w.year + 1, gap: w.gap ? formatMoney(w.gap) : "" }))
        .join(" "),
    ]),
  };
}
