import { formatDate } from "../dates/dates";
import type { GrantStatus } from "../generated/prisma/enums";
import { grantStatusLabels, type Locale } from "../labels/labels";
import { formatMoney, parseMoney } from "../money/money";

/** One reason's text in both languages. `{name}` is replaced by a parameter; `{name:kr}` formats kronor, `{name:date}` an ISO day,
 * `{name:status}` a grant status (or several, comma-separated) by its label. */
export type Wording = { sv: string; en: string };
export type Wordings = Record<string, Wording>;
/** Parameters travel as JSON: amounts as exact kronor strings, dates as ISO days. */
export type ReasonParams = Record<string, string | number | null>;

/** An exact amount as English readers write it: "SEK 350,000", "SEK 1,200.50". */
function englishMoney(amount: string): string {
  const normalised = parseMoney(amount);
  if (normalised === null) return amount;
  const [kr, ore] = normalised.replace("-", "").split(".");
  const grouped = kr.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${normalised.startsWith("-") ? "\u2212" : ""}SEK ${grouped}${ore ? `.${ore.padEnd(2, "0")}` : ""}`;
}

function formatParam(value: string | number | null, format: string | undefined, locale: Locale): string {
  if (value === null) return "–";
  if (format === "kr") return locale === "en" ? englishMoney(String(value)) : formatMoney(String(value));
  if (format === "date") return formatDate(String(value), "DAY", locale);
  if (format === "status")
    return String(value)
      .split(",")
      .map((s) => grantStatusLabels[s as GrantStatus]?.[locale].toLowerCase() ?? s)
      .join(", ");
  if (typeof value === "number")
    return value.toLocaleString(locale === "en" ? "en-GB" : "sv-SE", { useGrouping: value >= 10000 || value <= -10000 });
  return value;
}

/** Fills a wording's `{param}` places in the chosen language. */
export function fillWording(text: string, params: ReasonParams, locale: Locale): string {
  return text.replace(/\{(\w+)(?::(\w+))?\}/g, (whole, name: string, format: string | undefined) =>
    name in params ? formatParam(params[name] ?? null, format, locale) : whole,
  );
}
