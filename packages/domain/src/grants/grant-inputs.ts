import { z } from "zod";
import { parseIsoDate } from "../dates/dates";
import { ConditionStatus, DisbursementStatus, ReportKind, ReportStatus } from "../generated/prisma/enums";
import { compareMoney, parseMoney, sumMoney } from "../money/money";

/**
 * Input schemas shared by the forms (validation as the user types) and the API (validation at
 * the edge). Dates are ISO strings ("2009-03-01"), money decimal strings ("500000").
 */
const text = (max: number, message: string) => z.string().trim().min(1, message).max(max, `Högst ${max} tecken`);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Högst ${max} tecken`)
    .nullish()
    .transform((v) => v || null);
const isoDate = z.string().refine((v) => parseIsoDate(v) !== null, "Ange ett datum som ÅÅÅÅ-MM-DD");
const optionalDate = z
  .string()
  .nullish()
  .transform((v) => v || null)
  .refine((v) => v === null || parseIsoDate(v) !== null, "Ange ett datum som ÅÅÅÅ-MM-DD");
const money = z.string().transform((value, ctx) => {
  const parsed = parseMoney(value);
  if (parsed === null) {
    ctx.addIssue({ code: "custom", message: "Ange ett belopp i kronor, t.ex. 500 000" });
    return z.NEVER;
  }
  if (compareMoney(parsed, "0") < 0) {
    ctx.addIssue({ code: "custom", message: "Beloppet får inte vara negativt" });
    return z.NEVER;
  }
  return parsed;
});
const optionalMoney = z
  .string()
  .nullish()
  .transform((v) => (v?.trim() ? v : null))
  .pipe(money.nullable());
const year = z
  .number()
  .int("Ange ett helt år")
  .min(1990, "Året måste vara 1990 eller senare")
  .max(2100, "Året måste vara 2100 eller tidigare");

export const grantApplicationSchema = z
  .object({
    title: text(300, "Rubrik måste anges"),
    description: optionalText(5000),
    funderId: z.string().min(1, "Välj finansiär"),
    applicantId: z.string().min(1, "Välj sökande"),
    recipientId: z.string().min(1, "Välj mottagare"),
    programmeId: z.string().nullish(),
    projectId: z.string().nullish(),
    funderReference: optionalText(100),
    applicantReference: optionalText(100),
    amountApplied: money,
    applicationDeadline: optionalDate,
    periodStartYear: year.nullish(),
    periodEndYear: year.nullish(),
    yearAmounts: z
      .array(z.object({ year, amountApplied: money }))
      .max(20, "Högst 20 år")
      .default([]),
    note: optionalText(2000),
  })
  .superRefine((v, ctx) => {
    if (v.periodStartYear && v.periodEndYear && v.periodEndYear < v.periodStartYear) {
      ctx.addIssue({ code: "custom", path: ["periodEndYear"], message: "Sista året kan inte ligga före första året" });
    }
    const years = v.yearAmounts.map((y) => y.year);
    if (new Set(years).size !== years.length)
      ctx.addIssue({ code: "custom", path: ["yearAmounts"], message: "Varje år får bara förekomma en gång" });
    for (const [i, y] of v.yearAmounts.entries()) {
      if ((v.periodStartYear && y.year < v.periodStartYear) || (v.periodEndYear && y.year > v.periodEndYear)) {
        ctx.addIssue({ code: "custom", path: ["yearAmounts", i, "year"], message: "Året ligger utanför bidragsperioden" });
      }
    }
    if (v.yearAmounts.length && compareMoney(sumMoney(v.yearAmounts.map((y) => y.amountApplied)), v.amountApplied) !== 0) {
      ctx.addIssue({ code: "custom", path: ["yearAmounts"], message: "Årsbeloppen ska summera till sökt belopp" });
    }
  });
export type GrantApplicationInput = z.input<typeof grantApplicationSchema>;

export const decisionSchema = z.object({
  outcome: z.enum(["GRANTED", "PARTIALLY_GRANTED", "REJECTED"], { message: "Välj beslut" }),
  amountGranted: optionalMoney,
  decisionDate: isoDate,
  funderReference: optionalText(100),
  decisionText: optionalText(5000),
  allowAboveApplied: z.boolean().default(false),
});
export type DecisionFormInput = z.input<typeof decisionSchema>;

export const conditionSchema = z.object({
  text: text(2000, "Villkoret måste anges"),
  dueDate: optionalDate,
  blocksPayment: z.boolean().default(false),
  evidence: optionalText(2000),
});
export type ConditionInput = z.input<typeof conditionSchema>;

export const conditionResolutionSchema = z.object({
  status: z.enum([ConditionStatus.FULFILLED, ConditionStatus.WAIVED], { message: "Välj uppfyllt eller efterskänkt" }),
  resolvedDate: isoDate,
  resolvedBy: text(200, "Ange vem som bedömt villkoret"),
  evidence: optionalText(2000),
});
export type ConditionResolutionInput = z.input<typeof conditionResolutionSchema>;

export const reportSchema = z
  .object({
    kind: z.enum(ReportKind, { message: "Välj rapporttyp" }),
    title: text(300, "Rubrik måste anges"),
    dueDate: optionalDate,
    status: z.enum(ReportStatus).default("DUE"),
    receivedDate: optionalDate,
    approvedDate: optionalDate,
  })
  .superRefine((v, ctx) => {
    if (v.status !== "DUE" && !v.receivedDate)
      ctx.addIssue({ code: "custom", path: ["receivedDate"], message: "Ange när rapporten inkom" });
    if (v.status === "APPROVED" && !v.approvedDate)
      ctx.addIssue({ code: "custom", path: ["approvedDate"], message: "Ange när rapporten godkändes" });
    if (v.receivedDate && v.approvedDate && v.approvedDate < v.receivedDate) {
      ctx.addIssue({ code: "custom", path: ["approvedDate"], message: "En rapport kan inte godkännas innan den inkommit" });
    }
  });
export type ReportInput = z.input<typeof reportSchema>;

export const disbursementSchema = z
  .object({
    amount: money.refine((v) => compareMoney(v, "0") > 0, "Beloppet måste vara större än 0 kr"),
    plannedDate: optionalDate,
    paidDate: optionalDate,
    status: z.enum(DisbursementStatus).default("PLANNED"),
  })
  .superRefine((v, ctx) => {
    if (v.status === "PAID" && !v.paidDate) ctx.addIssue({ code: "custom", path: ["paidDate"], message: "Ange utbetalningsdatum" });
    if (v.status === "PLANNED" && v.paidDate)
      ctx.addIssue({ code: "custom", path: ["status"], message: "Ett utbetalningsdatum betyder att beloppet är utbetalt" });
  });
export type DisbursementInput = z.input<typeof disbursementSchema>;

/** Zod issues as { "field.path": "message" }, the shape forms and API errors use. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    out[key] ??= issue.message;
  }
  return out;
}
