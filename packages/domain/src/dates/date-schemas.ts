import { z } from "zod";
import { because } from "../rules/zod-violations";
import { parseIsoDate } from "./dates";
import { FIRST_YEAR, isHeldYear, LAST_YEAR, stockholmToday } from "./held-years";

/** A calendar date as an ISO string, "2009-03-01". */
export const isoDate = z.string().refine((v) => parseIsoDate(v) !== null, because("date.invalid"));

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

/** A year the product can hold. */
export const year = z
  .number()
  .int(because("value.notWhole"))
  .refine(isHeldYear, because("year.outOfRange", { min: FIRST_YEAR, max: LAST_YEAR }));

/** An optional year; absent becomes null. */
export const optionalYear = year.nullish().transform((v) => v ?? null);

/** An optional day that has happened; empty becomes null. */
export const optionalPastIsoDate = optionalIsoDate.superRefine(notFuture);
