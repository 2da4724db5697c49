import { toCsv } from "@bk/domain";

/** How a column's cells are written: text as text, amounts and counts as numbers (a year without a thousands separator), days as dates. */
export type ExportKind = "text" | "money" | "number" | "year" | "date";
export type ExportColumn = { header: string; kind?: ExportKind; width?: number };
export type ExportCell = string | number | null;

/**
 * A table to download, in the words of the chosen language: what the page shows, every row (not
 * one page of them). Amounts are exact decimal strings ("916210.5"); days ISO strings.
 */
export type ExportTable = { name: string; columns: ExportColumn[]; rows: ExportCell[][] };

/** A cell as CSV text: Swedish writes öre after a comma, so a spreadsheet in Swedish reads the amount as a number. */
function csvCell(value: ExportCell, kind: ExportKind, decimalComma: boolean): string {
  if (value === null) return "";
  const text = String(value);
  return (kind === "money" || kind === "number") && decimalComma ? text.replace(".", ",") : text;
}

/**
 * Semicolon-separated, UTF-8 with a BOM (what Swedish Excel opens), formula-safe (toCsv). Amounts
 * and numbers take a decimal comma in Swedish, unless `decimalComma` says otherwise.
 */
export function tableToCsv(table: ExportTable, locale: "sv" | "en", decimalComma = locale === "sv"): string {
  return toCsv(
    table.columns.map((c) => c.header),
    table.rows.map((r) => r.map((v, i) => csvCell(v, table.columns[i]?.kind ?? "text", decimalComma))),
  );
}

/** A file name from the table's name and the day: "bidrag-2026-11-23.csv". */
export function exportFileName(table: Pick<ExportTable, "name">, ext: "csv" | "xlsx" | "json", today = new Date()): string {
  const base = table.name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase();
  return `${base || "export"}-${today.toISOString().slice(0, 10)}.${ext}`;
}
