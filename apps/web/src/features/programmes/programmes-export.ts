import type { ProgrammeOverviewQuery } from "../../gql/graphql";
import type { useI18n } from "../../i18n/i18n";
import type { ExportTable } from "../../shared/export/export-table";

type T = ReturnType<typeof useI18n>["t"];
type Row = ProgrammeOverviewQuery["programmeOverview"][number];

/**
 * Every programme's years as the page shows them: allocations, applied, granted and — for those
 * who see grant details — paid out, with the number of grants; an estimated county share says so.
 */
export function programmesTable(rows: readonly Row[], t: T): ExportTable {
  const showsPayments = rows.some((r) => r.disbursed !== null);
  return {
    name: t("export.programmes"),
    columns: [
      { header: t("grant.programme"), width: 40 },
      { header: t("programmes.year"), kind: "year", width: 8 },
      { header: t("programmes.national"), kind: "money" },
      { header: t("programmes.county"), kind: "money" },
      { header: t("export.col.approximate"), width: 24 },
      { header: t("programmes.applied"), kind: "money" },
      { header: t("programmes.granted"), kind: "money" },
      ...(showsPayments ? [{ header: t("programmes.disbursed"), kind: "money" as const }] : []),
      { header: t("programmes.count"), kind: "number", width: 10 },
    ],
    rows: rows.map((r) => [
      r.programmeName,
      r.year,
      r.nationalAllocation ?? null,
      r.countyAllocation ?? null,
      r.allocationApproximate ? t("audit.yes") : null,
      r.applied ?? null,
      r.granted ?? null,
      ...(showsPayments ? [r.disbursed ?? null] : []),
      r.grantCount,
    ]),
  };
}
