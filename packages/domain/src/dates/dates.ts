import type { DatePrecision } from "../generated/prisma/enums";

/**
 * A calendar day as the domain holds it: an ISO string "2009-03-01" (valid, zero-padded). The API's
 * Date scalar parses input to this once, at the edge; the domain's schemas and rules take it as is,
 * and only the database layer turns it into a UTC-midnight Date (`dayToDate`).
 */
export type IsoDate = string;

/** Calendar dates travel as ISO strings ("2009-03-01") and are stored as UTC midnight. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIsoDate(text: string): Date | null {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]) ? d : null;
}

/**
 * The days already written out, by their time: a list of observations or grants writes the same
 * few periods and decision days over and over (each twice or more: for its protection group and
 * for the answer), and toISOString was the largest single cost of reading an indicator's values.
 */
const isoDays = new Map<number, IsoDate>();
const ISO_DAYS_KEPT = 50_000;

export function formatIsoDate(date: Date): IsoDate {
  const time = date.getTime();
  let day = isoDays.get(time);
  if (day === undefined) {
    // An invalid date throws here, as it always did (NaN is never kept).
    day = date.toISOString().slice(0, 10);
    if (isoDays.size >= ISO_DAYS_KEPT) isoDays.clear();
    isoDays.set(time, day);
  }
  return day;
}

/** A stored date (UTC midnight) as the domain's day, or null. */
export const dayOf = (date: Date | null | undefined): IsoDate | null => (date ? formatIsoDate(date) : null);

/** The normalised day of a text, or null when it is not a valid ISO date. */
export function parseIsoDay(text: string): IsoDate | null {
  const d = parseIsoDate(text);
  return d ? formatIsoDate(d) : null;
}

const MONTHS = {
  sv: ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

/**
 * Shows a date as precisely as the source states it: "2009-03-01" (sv-SE writes ISO dates),
 * "oktober 2008" or "2009".
 */
export function formatDate(iso: string | null | undefined, precision: DatePrecision = "DAY", locale: "sv" | "en" = "sv") {
  if (!iso) return "–";
  const [y, m] = iso.split("-");
  if (precision === "YEAR") return y;
  if (precision === "MONTH") return `${MONTHS[locale][Number(m) - 1]} ${y}`;
  return iso.slice(0, 10);
}
