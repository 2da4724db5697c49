import { z } from "zod";
import { because } from "../rules/zod-violations";
import { parseIsoDate } from "./dates";

/** The years the product holds: the papers start in 2007; 1990–2100 leaves room both ways. */
export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2100;

/** A calendar date as an ISO string, "2009-03-01". */
export const isoDate = z.string().refine((v) => parseIsoDate(v) !== null, because("date.invalid"));

/** Today in Stockholm, as the domain's day: what "has happened" means for the product's users. */
export const stockholmToday = (now = new Date()): string =>
  new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);

/** A day that has happened (a decision, a payment, a report received): not after today. */
function notFuture(v: string | null, ctx: z.RefinementCtx) {
  const today = stockholmToday();
  if (v !== null && v > today) ctx.addIssue({ code: "custom", ...because("date.inFuture", { today }) });
}
export const pastIsoDate = isoDate.superRefine(notFuture);

/** An optional ISO date; empty becomes null. */
export const optionalIsoDate = z
  .string()
  .nullish()
  .transform((v) => v || null)
  .refine((v) => v === null || parseIsoDate(v) !== null, because("date.invalid"));

/** Whether `y` is a whole year the product can hold: every year check (forms, filters, the API) asks this. */
export const isHeldYear = (y: number) => Number.isInteger(y) && y >= FIRST_YEAR && y <= LAST_YEAR;

/** A year the product can hold. */
export const year = z
  .number()
  .int(because("value.notWhole"))
  .refine(isHeldYear, because("year.outOfRange", { min: FIRST_YEAR, max: LAST_YEAR }));

/** An optional year; absent becomes null. */
export const optionalYear = year.nullish().transform((v) => v ?? null);

/** An optional day that has happened; empty becomes null. */
export const optionalPastIsoDate = optionalIsoDate.superRefine(notFuture);
