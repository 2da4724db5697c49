import type { ApolloClient } from "@apollo/client";
import type { Locale } from "@bk/domain";
import type { AuditChangesQuery, AuditEntryWhere } from "../../gql/graphql";
import type { useI18n } from "../../i18n/i18n";
import { fieldLine, formatMoment, wordChange } from "../../shared/audit/format-change";
import type { ExportTable } from "../../shared/export/export-table";
import { AUDIT_CHANGES } from "./changes.queries";

type T = ReturnType<typeof useI18n>["t"];

/** The most changes one download or printout holds; the search narrows a longer trail. */
export const CHANGES_EXPORT_LIMIT = 5_000;

/**
 * Every change the search matches, newest first, as the page words them: when, who, which
 * record, what happened, and the fields changed (one per line in a cell).
 */
export async function changesTable(client: ApolloClient, where: AuditEntryWhere, t: T, locale: Locale): Promise<ExportTable> {
  const rows: ExportTable["rows"] = [];
  let after: string | null = null;
  let more = true;
  while (more && rows.length < CHANGES_EXPORT_LIMIT) {
    const page: ApolloClient.QueryResult<AuditChangesQuery> = await client.query({
      query: AUDIT_CHANGES,
      variables: { where, first: 100, after },
      fetchPolicy: "network-only",
    });
    const { data, error } = page;
    if (error || !data) throw error ?? new Error("no data");
    for (const { node: c } of data.auditChanges.edges) {
      const w = wordChange(c, locale, t);
      rows.push([
        formatMoment(c.createdAt, locale),
        c.actor,
        c.subjectName ?? null,
        w.title,
        w.fields.map((f) => fieldLine(f, w.oneSided)).join("\n") || null,
      ]);
    }
    more = data.auditChanges.pageInfo.hasNextPage;
    after = data.auditChanges.pageInfo.endCursor ?? null;
  }
  return {
    name: t("changes.exportName"),
    columns: [
      { header: t("changes.col.when"), width: 18 },
      { header: t("changes.col.who"), width: 24 },
      { header: t("changes.col.subject"), width: 40 },
      { header: t("changes.col.what"), width: 28 },
      { header: t("changes.col.fields"), width: 70 },
    ],
    rows,
  };
}
