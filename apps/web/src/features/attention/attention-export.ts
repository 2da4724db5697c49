import type { ApolloClient } from "@apollo/client";
import type { AttentionExportQueryVariables, AttentionItemFieldsFragment } from "../../gql/graphql";
import type { useI18n } from "../../i18n/i18n";
import type { MessageKey } from "../../i18n/messages";
import { everyPage } from "../../shared/export/every-page";
import type { ExportTable } from "../../shared/export/export-table";
import { ATTENTION_EXPORT } from "./attention.queries";

type T = ReturnType<typeof useI18n>["t"];

/** The to-do list for the chosen day as a table: what, which grant, when, and the money where it is about payments. */
export function attentionTable(items: readonly AttentionItemFieldsFragment[], today: string, t: T): ExportTable {
  return {
    name: `${t("export.attention")} ${today}`,
    columns: [
      { header: t("export.col.what"), width: 26 },
      { header: t("export.col.grant"), width: 48 },
      { header: t("export.col.detail"), width: 48 },
      { header: t("export.col.due"), kind: "date" },
      { header: t("export.col.daysLeft"), kind: "number" },
      { header: t("grant.amountGranted"), kind: "money" },
      { header: t("export.col.paid"), kind: "money" },
    ],
    rows: items.map((i) => [
      t(`attention.kind.${i.kind}` as MessageKey),
      i.grantTitle,
      i.text ?? null,
      i.dueDate ?? null,
      i.daysLeft ?? null,
      i.amountGranted ?? null,
      i.amountPaid ?? null,
    ]),
  };
}

/** Every item of the page's question (not only those drawn), page by page, not cached: a county's list holds thousands. */
export async function attentionExport(client: ApolloClient, question: Omit<AttentionExportQueryVariables, "after">, t: T) {
  const items = await everyPage(async (after) => {
    const { data, error } = await client.query({ query: ATTENTION_EXPORT, variables: { ...question, after }, fetchPolicy: "no-cache" });
    if (error || !data) throw error ?? new Error("no data");
    return data.attention;
  });
  return attentionTable(items, String(question.today ?? ""), t);
}
