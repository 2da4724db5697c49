import { z } from "zod";
import { optionalIsoDate } from "../dates/date-schemas";
import { because } from "../rules/zod-violations";
import { optionalLine, optionalLong, requiredLine } from "../text/text-schemas";

/** An agreement between a committee and an organisation, with its follow-up clause. */
export const agreementSchema = z
  .object({
    title: requiredLine(300, "title.length", 2),
    principalId: z.string().min(1, because("agreement.principalRequired")),
    counterpartyId: z.string().min(1, because("agreement.counterpartyRequired")),
    purpose: optionalLong(2000),
    startDate: optionalIsoDate,
    endDate: optionalIsoDate,
    followUpClause: optionalLine(100),
    followUpIntervalYears: z
      .number()
      .int(because("agreement.interval"))
      .min(1, because("agreement.interval"))
      .max(10, because("agreement.interval"))
      .nullish()
      .transform((v) => v ?? null),
  })
  .superRefine((v, ctx) => {
    if (v.principalId === v.counterpartyId) ctx.addIssue({ code: "custom", path: ["counterpartyId"], ...because("agreement.sameParties") });
    if (v.startDate && v.endDate && v.endDate < v.startDate)
      ctx.addIssue({ code: "custom", path: ["endDate"], ...because("agreement.endBeforeStart") });
  });
export type AgreementInput = z.input<typeof agreementSchema>;
