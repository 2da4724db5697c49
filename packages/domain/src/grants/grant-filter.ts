import { z } from "zod";
import { GrantStatus } from "../generated/prisma/enums";
import { compareMoney, parseMoney } from "../money/money";

const money = z.string().refine((v) => parseMoney(v) !== null, "Ogiltigt belopp");
const range = z.object({ gte: money.nullish(), lte: money.nullish() }).refine((r) => !r.gte || !r.lte || compareMoney(r.gte, r.lte) <= 0, {
  message: "Från-beloppet får inte vara större än till-beloppet",
  path: ["gte"],
});

/** The grant filter as analysts and the grants list send it, checked before it reaches the database. */
export const grantFilterSchema = z.object({
  status: z.object({ equals: z.enum(GrantStatus).nullish(), in: z.array(z.enum(GrantStatus)).nullish() }).nullish(),
  year: z.number().int().min(1900, "Året måste vara 1900 eller senare").max(2100, "Året måste vara 2100 eller tidigare").nullish(),
  amountApplied: range.nullish(),
  amountGranted: range.nullish(),
  text: z.string().max(200, "Söktexten får vara högst 200 tecken").nullish(),
});

export type GrantFilterInput = z.input<typeof grantFilterSchema>;
