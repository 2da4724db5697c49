import { z } from "zod";
import { optionalIsoDate } from "../dates/date-schemas";
import { optionalLine, optionalLong, requiredLine } from "../text/text-schemas";

/** An agreement between a committee and an organisation, with its follow-up clause. */
export const agreementSchema = z
  .object({
    title: requiredLine(300, "Rubriken ska vara 2–300 tecken", 2),
    principalId: z.string().min(1, "Välj uppdragsgivare"),
    counterpartyId: z.string().min(1, "Välj motpart"),
    purpose: optionalLong(2000),
    startDate: optionalIsoDate,
    endDate: optionalIsoDate,
    followUpClause: optionalLine(100),
    followUpIntervalYears: z
      .number()
      .int("Ange 1–10 år")
      .min(1, "Ange 1–10 år")
      .max(10, "Ange 1–10 år")
      .nullish()
      .transform((v) => v ?? null),
  })
  .superRefine((v, ctx) => {
    if (v.principalId === v.counterpartyId)
      ctx.addIssue({ code: "custom", path: ["counterpartyId"], message: "Motparten måste vara en annan organisation" });
    if (v.startDate && v.endDate && v.endDate < v.startDate)
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "Avtalet kan inte sluta före det börjar" });
  });
export type AgreementInput = z.input<typeof agreementSchema>;
