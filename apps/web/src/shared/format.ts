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
    /** A count or measure as the language writes it ("2 137" / "2,137"); text such as "<5" stays as it is. */
    number: (value: string | number | null | undefined) => formatNumber(value, locale),
    locale: locale as Locale,
  };
}

/**
 * Made when first used, not when the module loads: a browser's first Intl formatter loads its
 * locale data (some 25 ms on a phone-class CPU, more than a page's render), and most pages show
 * no such number.
 */
const numberFormats = new Map<Locale, Intl.NumberFormat>();
function numberFormat(locale: Locale): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale === "sv" ? "sv-SE" : "en-GB", { maximumFractionDigits: 2 });
    numberFormats.set(locale, format);
  }
  return format;
}

/** A number in the language's format; anything that is not a plain number (a protected "<5") unchanged. */
export function formatNumber(value: string | number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined || value === "") return "–";
  const n = plainNumber(value);
  return n === null ? String(value) : numberFormat(locale).format(n);
}

/** A plain number ("2137", "-3.5", 12), else null: a protected "<5", text, nothing. */
export function plainNumber(value: string | number | null | undefined): number | null {
  const n = typeof value === "number" ? value : typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
  return Number.isFinite(n) ? n : null;
}
