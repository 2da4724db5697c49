import { type DatePrecision, formatDate, formatMoney, type Locale } from "@bk/domain";
import { useI18n } from "../i18n/i18n";

/** Money always as `2 200 000 kr`, dates as sv-SE `2009-03-01`; month names follow the language. */
export function useFormat() {
  const { locale } = useI18n();
  return {
    money: (amount: string | null | undefined) => formatMoney(amount),
    date: (iso: string | null | undefined, precision: DatePrecision = "DAY") => formatDate(iso, precision, locale),
    /** A moment as sv-SE writes it, "2026-11-23 08:40", in the browser's time zone. */
    dateTime: (iso: string | null | undefined) =>
      iso ? new Date(iso).toLocaleString("sv-SE", { dateStyle: "short", timeStyle: "short" }) : "–",
    locale: locale as Locale,
  };
}
