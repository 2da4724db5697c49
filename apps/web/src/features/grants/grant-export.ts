import type { ApolloClient } from "@apollo/client";
import { formatMoney, grantStatusLabels, type Locale, label, sumMoney } from "@bk/domain";
import { graphql } from "../../gql";
import type { GrantOrder, GrantsExportQuery, GrantWhere } from "../../gql/graphql";
import type { useI18n } from "../../i18n/i18n";
import type { ExportTable } from "../../shared/export/export-table";
import { filterWords } from "../../shared/export/filter-words";
import type { GrantFilters } from "./grant-filters";

export const GRANTS_EXPORT = graphql(`
  query GrantsExport($where: GrantWhere, $orderBy: [GrantOrder!], $after: String) {
    grants(where: $where, orderBy: $orderBy, first: 100, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          title
          status
          amountApplied
          amountGranted
          decisionDate
          periodStartYear
          periodEndYear
          funderReference
          funder { id name }
          applicant { id name }
          recipient { id name }
          programme { id name }
          project { id name }
          disbursements { id amount status }
        }
      }
    }
  }
`);

type Option = { value: string; label: string };

/** The list's filters in words for its printout, the funder and recipient by name. */
export function grantFilterWords(
  f: GrantFilters,
  parties: { funders: readonly Option[]; recipients: readonly Option[] },
  t: T,
  locale: Locale,
): string[] {
  const name = (options: readonly Option[], id: string | null) => (id ? (options.find((o) => o.value === id)?.label ?? id) : null);
  return filterWords([
    [t("grants.filter.text"), f.text],
    [t("grants.filter.status"), f.status.map((s) => label(grantStatusLabels, s, locale))],
    [t("grants.filter.funder"), name(parties.funders, f.funder)],
    [t("grants.filter.recipient"), name(parties.recipients, f.recipient)],
    [t("grants.filter.year"), f.year],
    [t("grants.filter.amountMin"), f.min ? formatMoney(f.min) : null],
    [t("grants.filter.amountMax"), f.max ? formatMoney(f.max) : null],
  ]);
}

/** The most rows one download holds; the list's filters narrow a larger selection. */
export const EXPORT_ROW_LIMIT = 10_000;

type T = ReturnType<typeof useI18n>["t"];

/**
 * Every grant the list's filter matches, in its order, as a table in the chosen language: what
 * was applied for, granted, paid out and is left to pay, with the parties by name.
 */
export async function grantsTable(
  client: ApolloClient,
  vars: { where: GrantWhere; orderBy: GrantOrder[] },
  t: T,
  locale: Locale,
): Promise<ExportTable & { truncated: boolean }> {
  const rows: ExportTable["rows"] = [];
  let after: string | null = null;
  let more = true;
  while (more && rows.length < EXPORT_ROW_LIMIT) {
    const page: ApolloClient.QueryResult<GrantsExportQuery> = await client.query({
      query: GRANTS_EXPORT,
      variables: { ...vars, after },
      fetchPolicy: "network-only",
    });
    const { data, error } = page;
    if (error || !data) throw error ?? new Error("no data");
    for (const { node: g } of data.grants.edges) {
      const paid = sumMoney(g.disbursements.filter((d) => d.status === "PAID").map((d) => d.amount));
      const remaining = g.amountGranted ? sumMoney([g.amountGranted, `-${paid}`]) : null;
      rows.push([
        g.title,
        g.funder.name,
        g.funderReference ?? null,
        g.applicant.name,
        g.recipient.name,
        g.programme?.name ?? null,
        g.project?.name ?? null,
        label(grantStatusLabels, g.status, locale),
        g.amountApplied ?? null,
        g.amountGranted ?? null,
        paid,
        remaining,
        g.decisionDate ?? null,
        g.periodStartYear ?? null,
        g.periodEndYear ?? null,
      ]);
    }
    more = data.grants.pageInfo.hasNextPage;
    after = data.grants.pageInfo.endCursor ?? null;
  }
  return {
    name: t("export.grants"),
    truncated: more,
    columns: [
      { header: t("grants.col.title"), width: 48 },
      { header: t("grant.funder") },
      { header: t("grant.funderReference"), width: 20 },
      { header: t("grant.applicant") },
      { header: t("grant.recipient") },
      { header: t("grant.programme") },
      { header: t("grant.project") },
      { header: t("grants.col.status"), width: 18 },
      { header: t("grant.amountApplied"), kind: "money" },
      { header: t("grant.amountGranted"), kind: "money" },
      { header: t("export.col.paid"), kind: "money" },
      { header: t("export.col.remaining"), kind: "money" },
      { header: t("grant.decisionDate"), kind: "date" },
      { header: t("export.col.periodStart"), kind: "year", width: 10 },
      { header: t("export.col.periodEnd"), kind: "year", width: 10 },
    ],
    rows,
  };
}
