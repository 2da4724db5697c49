import { z } from "zod";
import { optionalIsoDate, optionalPastIsoDate, pastIsoDate, year } from "../dates/date-schemas";
import { ConditionStatus, DisbursementStatus, ReportKind, ReportStatus } from "../generated/prisma/enums";
import { compareMoney, sumMoney } from "../money/money";
import { kronor, optionalKronor } from "../money/money-schemas";
import { because } from "../rules/zod-violations";
import { optionalLong, optionalReference, requiredLine, requiredLong } from "../text/text-schemas";
import { DECISION_OUTCOMES } from "./lifecycle";

/**
 * Input schemas shared by the forms (validation as the user types) and the API (validation at
 * the edge). Dates are ISO strings ("2009-03-01"), money decimal strings ("500000").
 */
const money = kronor();
const optionalMoney = optionalKronor();

export const grantApplicationSchema = z
  .object({
    title: requiredLine(300, "grant.titleRequired"),
    description: optionalLong(5000),
    funderId: z.string().min(1, because("grant.funderRequired")),
    applicantId: z.string().min(1, because("grant.applicantRequired")),
    recipientId: z.string().min(1, because("grant.recipientRequired")),
    programmeId: z.string().nullish(),
    projectId: z.string().nullish(),
    funderReference: optionalReference(100),
    applicantReference: optionalReference(100),
    amountApplied: money,
    applicationDeadline: optionalIsoDate,
    periodStartYear: year.nullish(),
    periodEndYear: year.nullish(),
    yearAmounts: z
      .array(z.object({ year, amountApplied: money }))
      .max(20, because("grant.tooManyYears"))
      .default([]),
    note: optionalLong(2000),
  })
  .superRefine((v, ctx) => {
    if (v.periodStartYear && v.periodEndYear && v.periodEndYear < v.periodStartYear) {
      ctx.addIssue({ code: "custom", path: ["periodEndYear"], ...because("grant.periodReversed") });
    }
    const years = v.yearAmounts.map((y) => y.year);
    if (new Set(years).size !== years.length) ctx.addIssue({ code: "custom", path: ["yearAmounts"], ...because("grant.yearTwice") });
    for (const [i, y] of v.yearAmounts.entries()) {
      if ((v.periodStartYear && y.year < v.periodStartYear) || (v.periodEndYear && y.year > v.periodEndYear)) {
        ctx.addIssue({ code: "custom", path: ["yearAmounts", i, "year"], ...because("grant.yearOutsidePeriod") });
      }
    }
    if (v.yearAmounts.length && compareMoney(sumMoney(v.yearAmounts.map((y) => y.amountApplied)), v.amountApplied) !== 0) {
      ctx.addIssue({ code: "custom", path: ["yearAmounts"], ...because("grant.yearAmountsSum") });
    }
  });
export type GrantApplicationInput = z.input<typeof grantApplicationSchema>;

export const decisionSchema = z.object({
  outcome: z.enum(DECISION_OUTCOMES, because("decision.outcomeRequired")),
  amountGranted: optionalMoney,
  decisionDate: pastIsoDate,
  funderReference: optionalReference(100),
  decisionText: optionalLong(5000),
  allowAboveApplied: z.boolean().default(false),
});
export type DecisionFormInput = z.input<typeof decisionSchema>;

export const conditionSchema = z.object({
  text: requiredLong(2000, "condition.textRequired"),
  dueDate: optionalIsoDate,
  blocksPayment: z.boolean().default(false),
  evidence: optionalLong(2000),
});
export type ConditionInput = z.input<typeof conditionSchema>;

export const conditionResolutionSchema = z.object({
  status: z.enum([ConditionStatus.FULFILLED, ConditionStatus.WAIVED], because("condition.statusRequired")),
  resolvedDate: pastIsoDate,
  resolvedBy: requiredLine(200, "condition.resolvedByRequired"),
  evidence: optionalLong(2000),
});
export type ConditionResolutionInput = z.input<typeof conditionResolutionSchema>;

export const reportSchema = z
  .object({
    kind: z.enum(ReportKind, because("report.kindRequired")),
    title: requiredLine(300, "grant.titleRequired"),
    dueDate: optionalIsoDate,
    status: z.enum(ReportStatus).default("DUE"),
    receivedDate: optionalPastIsoDate,
    approvedDate: optionalPastIsoDate,
  })
  .superRefine((v, ctx) => {
    if (v.status !== "DUE" && !v.receivedDate)
      ctx.addIssue({ code: "custom", path: ["receivedDate"], ...because("report.receivedDateRequired") });
    if (v.status === "APPROVED" && !v.approvedDate)
      ctx.addIssue({ code: "custom", path: ["approvedDate"], ...because("report.approvedDateRequired") });
    if (v.receivedDate && v.approvedDate && v.approvedDate < v.receivedDate) {
      ctx.addIssue({ code: "custom", path: ["approvedDate"], ...because("report.approvedBeforeReceived") });
    }
  });
export type ReportInput = z.input<typeof reportSchema>;

export const disbursementSchema = z
  .object({
    amount: money.refine((v) => compareMoney(v, "0") > 0, because("money.notPositive")),
    plannedDate: optionalIsoDate,
    paidDate: optionalPastIsoDate,
    status: z.enum(DisbursementStatus).default("PLANNED"),
  })
  .superRefine((v, ctx) => {
    if (v.status === "PAID" && !v.paidDate)
      ctx.addIssue({ code: "custom", path: ["paidDate"], ...because("disbursement.paidDateRequired") });
    if (v.status === "PLANNED" && v.paidDate)
      ctx.addIssue({ code: "custom", path: ["status"], ...because("disbursement.paidDateMeansPaid") });
  });
export type DisbursementInput = z.input<typeof disbursementSchema>;
