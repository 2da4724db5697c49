import { fieldViolations, parseIsoDate } from "@bk/domain";
import type { z } from "zod";
import { inputError } from "../../errors";

/** Validates an input with its domain schema; BAD_USER_INPUT names the first bad field (`input.title`). */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, prefix = "input"): z.output<S> {
  const r = schema.safeParse(input);
  if (!r.success) throw inputError(prefix, fieldViolations(r.error));
  return r.data;
}

/** An ISO date from a validated input as the Date the database stores (null stays null). */
export const storedDate = (iso: string | null | undefined) => (iso ? parseIsoDate(iso) : null);
