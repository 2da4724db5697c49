import { type ExportTable, exportFileName, tableToCsv } from "./export-table";
import { tableToXlsx } from "./xlsx";

export type ExportFormat = "csv" | "xlsx";

/** Saves a file from the browser (no round trip to the server: the table is what the page read). */
function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function downloadTable(table: ExportTable, format: ExportFormat, locale: "sv" | "en", decimalComma?: boolean) {
  const blob =
    format === "csv" ? new Blob([tableToCsv(table, locale, decimalComma)], { type: "text/csv;charset=utf-8" }) : await tableToXlsx(table);
  save(blob, exportFileName(table, format));
}

/** Saves data as it came, pretty-printed JSON ("utforskaren-2026-11-23.json"). */
export function downloadJson(name: string, data: unknown) {
  save(new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: "application/json" }), exportFileName({ name }, "json"));
}
