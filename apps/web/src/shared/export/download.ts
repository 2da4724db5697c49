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

export async function downloadTable(table: ExportTable, format: ExportFormat, locale: "sv" | "en") {
  const blob = format === "csv" ? new Blob([tableToCsv(table, locale)], { type: "text/csv;charset=utf-8" }) : await tableToXlsx(table);
  save(blob, exportFileName(table, format));
}
