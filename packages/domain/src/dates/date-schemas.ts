import { z } from "zod";
import { parseIsoDate } from "./dates";

/** The years the product holds: the papers start in 2007; 1990–2100 leaves room both ways. */
export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2100;

/** A calendar date as an ISO string, "2009-03-01". */
export const isoDate = z.string().refine((v) => parseIsoDate(v) !== null, "Ange ett datum som ÅÅÅÅ-MM-DD");

/** An optional ISO date; empty becomes null. */
export const optionalIsoDate = z
  .string()
  .nullish()
  .transform((v) => v || null)
  .refine((v) => v === null || parseIsoDate(v) !== null, "Ange ett datum som ÅÅÅÅ-MM-DD");

/** A year the product can hold. */
export const year = z
  .number({ message: "Ange år" })
  .int("Ange ett helt år")
  .min(FIRST_YEAR, `Året måste vara ${FIRST_YEAR} eller senare`)
  .max(LAST_YEAR, `Året måste vara ${LAST_YEAR} eller tidigare`);

/** An optional year; absent becomes null. */
export const optionalYear = year.nullish().transform((v) => v ?? null);
