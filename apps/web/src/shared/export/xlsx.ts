import type { ExportTable } from "./export-table";

const MONEY_FORMAT = '#,##0 "kr";-#,##0 "kr"';
const MONEY_ORE_FORMAT = '#,##0.00 "kr";-#,##0.00 "kr"';

/**
 * The table as an Excel workbook: a bold header row, amounts as numbers formatted in kronor,
 * days as dates, text as text (never a formula). Loaded on the first download only.
 */
export async function tableToXlsx(table: ExportTable): Promise<Blob> {
  const { default: writeExcelFile } = await import("write-excel-file/universal");
  const header = table.columns.map((c) => ({ value: c.header, fontWeight: "bold" as const }));
  const body = table.rows.map((row) =>
    row.map((value, i) => {
      const kind = table.columns[i]?.kind ?? "text";
      if (value === null || value === "") return null;
      // A protected count ("<5") stays text in a number column.
      if ((kind === "money" || kind === "number") && Number.isNaN(Number(value))) return { value: String(value), type: String };
      if (kind === "money") {
        const n = Number(value);
        return { value: n, type: Number, format: Number.isInteger(n) ? MONEY_FORMAT : MONEY_ORE_FORMAT };
      }
      if (kind === "number" || kind === "year") return { value: Number(value), type: Number };
      if (kind === "date") return { value: new Date(`${value}T00:00:00Z`), type: Date, format: "yyyy-mm-dd" };
      return { value: String(value), type: String, format: "@" };
    }),
  );
  const columns = table.columns.map((c) => ({ width: c.width ?? (c.kind === "text" || !c.kind ? 30 : 14) }));
  // biome-ignore lint/suspicious/noExplicitAny: the library's cell union is wider than its declared types.
  return writeExcelFile([header, ...body] as any, { columns, sheet: table.name.slice(0, 31), stickyRowsCount: 1 }).toBlob();
}
