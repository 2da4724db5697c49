import { builder } from "../../builder";
import { ConditionStatusEnum, DisbursementStatusEnum, ReportKindEnum, ReportStatusEnum } from "../shared/enums";

/** GraphQL inputs of the grant mutations; the zod schemas in @bk/domain validate their content. */

export const YearAmountInput = builder.inputType("YearAmountInput", {
  description: "Årsfördelning: the amount applied for in one year of a multi-year application.",
  fields: (t) => ({
    year: t.int({ required: true, description: "År." }),
    amountApplied: t.field({ type: "Money", required: true, description: "Sökt belopp för året." }),
  }),
});

export const GrantApplicationInput = builder.inputType("GrantApplicationInput", {
  description: "Ansökan: the application as the applicant makes it.",
  fields: (t) => ({
    title: t.string({ required: true, description: "Rubrik (360Giving: title)." }),
    description: t.string({ required: false, description: "Beskrivning." }),
    funderId: t.id({ required: true, description: "Finansiär (Organisation id)." }),
    applicantId: t.id({ required: true, description: "Sökande (Organisation id)." }),
    recipientId: t.id({ required: true, description: "Mottagare (Organisation id); often the applicant." }),
    programmeId: t.id({ required: false, description: "Bidragsprogram (Programme id)." }),
    projectId: t.id({ required: false, description: "Projekt (Project id)." }),
    funderReference: t.string({ required: false, description: "Finansiärens diarienummer." }),
    applicantReference: t.string({ required: false, description: "Sökandens diarienummer." }),
    amountApplied: t.field({ type: "Money", required: true, description: "Sökt belopp." }),
    applicationDeadline: t.field({ type: "Date", required: false, description: "Sista ansökningsdag." }),
    periodStartYear: t.int({ required: false, description: "Första bidragsår." }),
    periodEndYear: t.int({ required: false, description: "Sista bidragsår." }),
    yearAmounts: t.field({ type: [YearAmountInput], required: false, description: "Fördelning per år; must add up to amountApplied." }),
    note: t.string({ required: false, description: "Anmärkning." }),
  }),
});

export const DecisionOutcomeEnum = builder.enumType("DecisionOutcome", {
  description: "Beslut.",
  values: {
    GRANTED: { description: "Beviljat i sin helhet (granted in full)." },
    PARTIALLY_GRANTED: { description: "Delvis beviljat (granted in part)." },
    REJECTED: { description: "Avslag (rejected; amount 0)." },
  } as const,
});

export const DecisionInput = builder.inputType("DecisionInput", {
  description: "Beslut: the funder's decision on a submitted application.",
  fields: (t) => ({
    outcome: t.field({ type: DecisionOutcomeEnum, required: true, description: "Beslut." }),
    amountGranted: t.field({
      type: "Money",
      required: false,
      description: "Beviljat belopp (360Giving: amountAwarded); 0 or empty for a rejection.",
    }),
    decisionDate: t.field({ type: "Date", required: true, description: "Beslutsdatum (360Giving: awardDate)." }),
    funderReference: t.string({ required: false, description: "Beslutets diarienummer." }),
    decisionText: t.string({ required: false, description: "Beslutstext." }),
    allowAboveApplied: t.boolean({ required: false, description: "The decision explicitly grants more than was applied for." }),
  }),
});

export const GrantTransitionEnum = builder.enumType("GrantTransition", {
  description: "The later steps of the lifecycle.",
  values: {
    ACTIVE: { description: "Pågående: the money is taken into use." },
    REPORTED: { description: "Redovisad: the final report is in." },
    CLOSED: { description: "Avslutad." },
    WITHDRAWN: { description: "Återtagen (withdrawn)." },
  } as const,
});

export const ConditionInput = builder.inputType("ConditionInput", {
  description: "Villkor i ett beslut.",
  fields: (t) => ({
    text: t.string({ required: true, description: "Villkoret." }),
    dueDate: t.field({ type: "Date", required: false, description: "Senast." }),
    blocksPayment: t.boolean({ required: false, description: "Spärrar utbetalning tills villkoret är uppfyllt." }),
    evidence: t.string({ required: false, description: "Underlag." }),
  }),
});

export const ConditionResolutionInput = builder.inputType("ConditionResolutionInput", {
  description: "Ett villkor uppfyllt eller efterskänkt.",
  fields: (t) => ({
    status: t.field({ type: ConditionStatusEnum, required: true, description: "FULFILLED or WAIVED." }),
    resolvedDate: t.field({ type: "Date", required: true, description: "Datum." }),
    resolvedBy: t.string({ required: true, description: "Av vem." }),
    evidence: t.string({ required: false, description: "Underlag." }),
  }),
});

export const ReportRequirementInput = builder.inputType("ReportRequirementInput", {
  description: "Återrapportering.",
  fields: (t) => ({
    kind: t.field({ type: ReportKindEnum, required: true, description: "Typ." }),
    title: t.string({ required: true, description: "Rubrik." }),
    dueDate: t.field({ type: "Date", required: false, description: "Senast." }),
    status: t.field({ type: ReportStatusEnum, required: false, description: "Status (default DUE)." }),
    receivedDate: t.field({ type: "Date", required: false, description: "Inkom." }),
    approvedDate: t.field({ type: "Date", required: false, description: "Godkänd." }),
  }),
});

export const DisbursementInput = builder.inputType("DisbursementInput", {
  description: "Utbetalning (IATI transaction type disbursement).",
  fields: (t) => ({
    amount: t.field({ type: "Money", required: true, description: "Belopp." }),
    plannedDate: t.field({ type: "Date", required: false, description: "Planerad." }),
    paidDate: t.field({ type: "Date", required: false, description: "Utbetald." }),
    status: t.field({ type: DisbursementStatusEnum, required: false, description: "PLANNED or PAID (default PLANNED)." }),
  }),
});
