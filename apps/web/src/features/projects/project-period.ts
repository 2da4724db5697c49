import type { DatePrecision, Locale } from "@bk/domain";
import { formatDate } from "@bk/domain";

type Dated = { startDate?: string | null; startPrecision: DatePrecision; endDate?: string | null; endPrecision: DatePrecision };

/** "2007 – 2010", "oktober 2008 –" or "–": a project's period as precisely as the sources state it. */
export function projectPeriod(p: Dated, locale: Locale): string {
  if (!p.startDate && !p.endDate) return "–";
  const start = p.startDate ? formatDate(p.startDate, p.startPrecision, locale) : "";
  const end = p.endDate ? formatDate(p.endDate, p.endPrecision, locale) : "";
  return `${start} – ${end}`.trim();
}
