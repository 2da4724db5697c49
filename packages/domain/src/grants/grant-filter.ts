import { z } from "zod";
import { year } from "../dates/date-schemas";
import { GrantStatus } from "../generated/prisma/enums";
import { compareMoney, parseMoney } from "../money/money";

const money = z.string().refine((v) => parseMoney(v) !== null, "grantFilter.amountInvalid");
const range = z.object({ gte: money.nullish(), lte: money.nullish() }).refine((r) => !r.gte || !r.lte || compareMoney(r.gte, r.lte) <= 0, {
  message: "grantFilter.amountRangeReversed",
  path: ["gte"],
});

/** The grant filter as analysts and the grants list send it, checked before it reaches the database. */
export const grantFilterSchema = z.object({
  status: z.object({ equals: z.enum(GrantStatus).nullish(), in: z.array(z.enum(GrantStatus)).nullish() }).nullish(),
  year: year.nullish(),
  amountApplied: range.nullish(),
  amountGranted: range.nullish(),
  text: z.string().max(200).nullish(),
});

export type GrantFilterInput = z.input<typeof grantFilterSchema>;
