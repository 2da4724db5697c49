import type { Locale } from "../labels/labels";

const WORDS = {
  sv: { day: ["dag", "dagar"], month: ["månad", "månader"], year: ["år", "år"] },
  en: { day: ["day", "days"], month: ["month", "months"], year: ["year", "years"] },
} as const;

/**
 * A number of days as a person says it: "12 dagar" under two months, "3 månader" under a year,
 * "17 år 8 månader" beyond (a month counted as 30.44 days, a year as 365.25). Always positive:
 * the caller says whether it is left or late.
 */
export function daySpan(days: number, locale: Locale): string {
  const n = Math.abs(Math.round(days));
  const w = WORDS[locale];
  const say = (count: number, unit: keyof typeof w) => `${count} ${w[unit][count === 1 ? 0 : 1]}`;
  if (n < 60) return say(n, "day");
  if (n < 365) return say(Math.floor(n / 30.44), "month");
  const years = Math.max(1, Math.floor(n / 365.25));
  const rest = Math.max(0, Math.floor((n - years * 365.25) / 30.44));
  return rest ? `${say(years, "year")} ${say(rest, "month")}` : say(years, "year");
}
