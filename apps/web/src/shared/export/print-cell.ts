import { formatDate, formatMoney, type Locale } from "@bk/domain";
import type { ExportCell, ExportKind } from "./export-table";

/**
 * A cell as the printed page shows it: amounts in kronor, counts with the language's thousands
 * separator, days as the app writes them, a protected count ("<5") and text as they are.
 */
export function printCell(value: ExportCell, kind: ExportKind | undefined, locale: Locale): string {
  if (value === null || value === "") return "–";
  if ((kind === "money" || kind === "number") && Number.isNaN(Number(value))) return String(value);
  if (kind === "money") return formatMoney(String(value));
  if (kind === "number") return new Intl.NumberFormat(locale === "sv" ? "sv-SE" : "en-GB").format(Number(value));
  if (kind === "year") return String(value);
  if (kind === "date") return formatDate(String(value), "DAY", locale);
  return String(value);
}

/** Numbers line up on the right on paper as on screen, and days stay on one line (print.css: `.num`, `.date`). */
export function cellClass(kind: ExportKind | undefined) {
  if (kind === "money" || kind === "number" || kind === "year") return "num";
  return kind === "date" ? "date" : undefined;
}
