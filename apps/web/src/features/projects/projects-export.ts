import { type Locale, label, projectPhaseLabels } from "@bk/domain";
import type { ProjectsQuery } from "../../gql/graphql";
import type { useI18n } from "../../i18n/i18n";
import type { ExportTable } from "../../shared/export/export-table";

type T = ReturnType<typeof useI18n>["t"];

/** The project list as a table, in the chosen language. */
export function projectsTable(projects: ProjectsQuery["projects"]["edges"][number]["node"][], t: T, locale: Locale): ExportTable {
  return {
    name: t("proj.title"),
    columns: [
      { header: t("proj.title"), width: 40 },
      { header: t("proj.owner"), width: 36 },
      { header: t("proj.operator"), width: 36 },
      { header: t("proj.municipality"), width: 18 },
      { header: t("proj.phase"), width: 18 },
      { header: t("export.col.periodFrom"), kind: "date" },
      { header: t("export.col.periodTo"), kind: "date" },
      { header: t("proj.grants"), kind: "number", width: 8 },
    ],
    rows: projects.map((p) => [
      p.name,
      p.owner?.name ?? null,
      p.operator?.name ?? null,
      p.municipality ?? null,
      label(projectPhaseLabels, p.phase, locale),
      p.startDate ?? null,
      p.endDate ?? null,
      p.grants.totalCount,
    ]),
  };
}
