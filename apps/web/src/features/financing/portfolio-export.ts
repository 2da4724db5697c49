import type { ApolloClient } from "@apollo/client";
import { foldForSearch, formatMoney, type Locale, label, type ProjectPhase, projectPhaseLabels } from "@bk/domain";
import type { FinancingPortfolioExportQuery } from "../../gql/graphql";
import type { useI18n } from "../../i18n/i18n";
import type { MessageKey } from "../../i18n/messages";
import type { ExportTable } from "../../shared/export/export-table";
import { PORTFOLIO_EXPORT } from "./financing.queries";

type T = ReturnType<typeof useI18n>["t"];

type Row = FinancingPortfolioExportQuery["financingPortfolio"][number];

/** A warning in words, as the pages word it. */
const inWords = (w: Row["warnings"][number], t: T) =>
  t(`fin.warning.${w.kind}` as MessageKey, { year: w.year, next: w.year + 1, gap: w.gap ? formatMoney(w.gap) : "" });

/** A warning about the next unfinanced year in words; a gap followed by its possible sources by name, as the pages group them. */
const withSources = (w: Row["nextUnfinancedWarnings"][number], t: T) => {
  const names = (programmes: boolean) => w.possibleSources.filter((s) => (s.kind === "PROGRAMME") === programmes).map((s) => s.name);
  const groups = [
    { heading: t("fin.possibleSources", { year: w.year }), names: names(false) },
    { heading: t("fin.programmeSources", { year: w.year }), names: names(true) },
  ].filter((g) => g.names.length);
  return [inWords(w, t), ...groups.map((g) => `${g.heading} ${g.names.join(", ")}.`)].join(" ");
};

/**
 * The portfolio for a reference year as a table: each project's need, secured and gap, next year's gap and
 * its warnings in words, then its next unfinanced year with its gap and warnings (possible sources by name).
 */
export function portfolioTable(rows: readonly Row[], year: number, t: T, locale: Locale): ExportTable {
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
      { header: t("fin.nextUnfinanced"), kind: "number", width: 10 },
      { header: t("fin.nextUnfinancedGap"), kind: "money" },
      { header: t("fin.nextUnfinancedWarnings"), width: 100 },
    ],
    rows: rows.map((r) => [
      r.name,
      label(projectPhaseLabels, r.phase as ProjectPhase, locale),
      year,
      r.thisYear?.need ?? null,
      r.thisYear?.secured ?? null,
      r.thisYear?.gap ?? null,
      r.nextYear?.gap ?? null,
      r.warnings.map((w) => inWords(w, t)).join(" "),
      r.nextUnfinancedYear?.year ?? null,
      r.nextUnfinancedYear?.gap ?? null,
      r.nextUnfinancedWarnings.map((w) => withSources(w, t)).join(" "),
    ]),
  };
}

/**
 * The portfolio of `year` as its download: asked for when the download is, with the possible sources by
 * name (the page only counts them), and not kept in the cache (the page's own answer stays as it is).
 */
export async function portfolioExport(client: ApolloClient, year: number, text: string, t: T, locale: Locale): Promise<ExportTable> {
  const { data, error } = await client.query({ query: PORTFOLIO_EXPORT, variables: { referenceYear: year }, fetchPolicy: "no-cache" });
  if (error || !data) throw error ?? new Error("no data");
  return portfolioTable(projectsNamed(data.financingPortfolio, text), year, t, locale);
}

/** The projects whose name holds the text, as the search does it (case, accents and å/ä/ö folded); all without text. */
export function projectsNamed<R extends { name: string }>(rows: readonly R[], text: string): readonly R[] {
  const wanted = foldForSearch(text.trim());
  return wanted ? rows.filter((r) => foldForSearch(r.name).includes(wanted)) : rows;
}
