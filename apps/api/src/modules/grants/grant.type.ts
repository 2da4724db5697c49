import { type TransitionStep, transitionsFrom, wordReason } from "@bk/domain";
import { builder } from "../../builder";
import { COMPUTED_COST } from "../../limits/limits";
import { sourcePassage, timestamps } from "../shared/common-fields";
import {
  ConditionStatusEnum,
  DatePrecisionEnum,
  DisbursementStatusEnum,
  GrantStatusEnum,
  ReportKindEnum,
  ReportStatusEnum,
} from "../shared/enums";

/**
 * What the grant list shows everyone logged in (the grant decisions are public records): title,
 * the parties, the programme, amounts, status, decision date and years. Everything else belongs
 * to the grant's project and needs the right to read it (auth/scopes.ts).
 */
const everyone = { skipTypeScopes: true } as const;

// (The enum GrantTransition already names the mutation's targets, hence this object's name.)
const GrantTransitionOptionRef = builder.objectRef<TransitionStep>("GrantTransitionOption").implement({
  description:
    "Ett steg bidraget kan ta: a status change its lifecycle offers now, allowed or refused with the reason transitionGrant would give.",
  fields: (t) => ({
    to: t.expose("to", { type: GrantStatusEnum, description: "Status efter steget." }),
    allowed: t.exposeBoolean("allowed", { description: "Whether the step can be taken now (its requirements are met)." }),
    reason: t.string({
      nullable: true,
      description: "When refused: the reason's key in the catalogue of reasons (the web app words it in the user's language).",
      resolve: (s) => (s.allowed ? null : s.reason),
    }),
    message: t.string({
      nullable: true,
      description: "When refused: the reason in neutral English.",
      resolve: (s) => (s.allowed ? null : wordReason(s.reason, {}, "en")),
    }),
  }),
});

builder.prismaNode("Grant", {
  // Select mode: a list of grants reads only the columns asked for (not every grant's description,
  // decision text and search text); fields that compute declare what they read.
  select: { id: true, projectId: true },
  authScopes: (grant) => ({ project: grant.projectId }),
  id: { field: "id", description: "Globalt id (360Giving: identifier).", ...everyone },
  fields: (t) => ({
    title: t.exposeString("title", everyone),
    description: t.exposeString("description", { nullable: true }),
    funder: t.relation("funder", {
      ...everyone,
      description: "Finansiär (360Giving: fundingOrganization; IATI participating-org@role=funding).",
    }),
    applicant: t.relation("applicant", { ...everyone, description: "Sökande." }),
    recipient: t.relation("recipient", { ...everyone, description: "Mottagare (360Giving: recipientOrganization)." }),
    programme: t.relation("programme", { ...everyone, nullable: true, description: "Bidragsprogram (360Giving: grantProgramme)." }),
    project: t.relation("project", { nullable: true, description: "Projektet bidraget avser." }),
    funderReference: t.exposeString("funderReference", { nullable: true }),
    applicantReference: t.exposeString("applicantReference", { nullable: true }),
    amountApplied: t.expose("amountApplied", {
      ...everyone,
      type: "Money",
      nullable: true,
      description: "Sökt belopp (360Giving: amountAppliedFor); empty where the source does not say.",
    }),
    amountGranted: t.expose("amountGranted", {
      ...everyone,
      type: "Money",
      nullable: true,
      description: "Beviljat belopp (360Giving: amountAwarded).",
    }),
    currency: t.exposeString("currency", everyone),
    applicationDeadline: t.expose("applicationDeadline", { type: "Date", nullable: true }),
    submittedDate: t.expose("submittedDate", { type: "Date", nullable: true }),
    submittedPrecision: t.expose("submittedPrecision", { type: DatePrecisionEnum, description: "Precision of submittedDate." }),
    decisionDate: t.expose("decisionDate", { ...everyone, type: "Date", nullable: true }),
    decisionPrecision: t.expose("decisionPrecision", {
      ...everyone,
      type: DatePrecisionEnum,
      description: 'Precision of decisionDate (e.g. MONTH for "oktober 2008").',
    }),
    decisionText: t.exposeString("decisionText", { nullable: true }),
    status: t.expose("status", { ...everyone, type: GrantStatusEnum }),
    periodStartYear: t.exposeInt("periodStartYear", { ...everyone, nullable: true }),
    periodEndYear: t.exposeInt("periodEndYear", { ...everyone, nullable: true }),
    note: t.exposeString("note", { nullable: true }),
    version: t.exposeInt("version"),
    yearAmounts: t.relation("yearAmounts", { description: "Årsfördelning (IATI budget per period).", query: { orderBy: { year: "asc" } } }),
    conditions: t.relation("conditions", {
      description: "Villkor i beslutet.",
      query: { orderBy: [{ dueDate: "asc" }, { createdAt: "asc" }] },
    }),
    reportRequirements: t.relation("reportRequirements", { description: "Återrapportering.", query: { orderBy: [{ dueDate: "asc" }] } }),
    disbursements: t.relation("disbursements", {
      description: "Utbetalningar (IATI transaction type disbursement).",
      query: { orderBy: [{ plannedDate: "asc" }] },
    }),
    allowedTransitions: t.field({
      type: [GrantTransitionOptionRef],
      description:
        "Möjliga steg: every status change the lifecycle offers from the current status, each allowed or refused (a final report missing, open conditions, planned payments) with the same reason transitionGrant would refuse it with.",
      complexity: COMPUTED_COST,
      // Loaded with the grant's own query (no statement per grant).
      select: {
        status: true,
        conditions: { select: { status: true } },
        reportRequirements: { select: { kind: true, status: true } },
        disbursements: { select: { status: true } },
      },
      resolve: (g) =>
        transitionsFrom(g.status, { conditions: g.conditions, reports: g.reportRequirements, disbursements: g.disbursements }),
    }),
    ...sourcePassage(t),
    ...timestamps(t),
  }),
});

builder.prismaObject("GrantYearAmount", {
  authScopes: (y) => ({ grantDetails: y.grantId }),
  // An object of another project answers FORBIDDEN as a whole (whatever fields are asked, __typename too).
  runScopesOnType: true,
  fields: (t) => ({
    id: t.exposeID("id", { description: "Databas-id." }),
    year: t.exposeInt("year", { description: "År." }),
    amountApplied: t.expose("amountApplied", { type: "Money", nullable: true }),
    amountGranted: t.expose("amountGranted", { type: "Money", nullable: true }),
    ...timestamps(t),
  }),
});

builder.prismaNode("Condition", {
  authScopes: (part) => ({ grantDetails: part.grantId }),
  // An object of another project answers FORBIDDEN as a whole (whatever fields are asked, __typename too).
  runScopesOnType: true,
  id: { field: "id", description: "Globalt id." },
  fields: (t) => ({
    grant: t.relation("grant", { description: "Bidraget villkoret hör till." }),
    text: t.exposeString("text"),
    dueDate: t.expose("dueDate", { type: "Date", nullable: true }),
    blocksPayment: t.exposeBoolean("blocksPayment"),
    evidence: t.exposeString("evidence", { nullable: true }),
    status: t.expose("status", { type: ConditionStatusEnum, description: "Villkorsstatus." }),
    resolvedDate: t.expose("resolvedDate", { type: "Date", nullable: true }),
    resolvedBy: t.exposeString("resolvedBy", { nullable: true }),
    ...sourcePassage(t),
    ...timestamps(t),
  }),
});

builder.prismaNode("ReportRequirement", {
  authScopes: (part) => ({ grantDetails: part.grantId }),
  // An object of another project answers FORBIDDEN as a whole (whatever fields are asked, __typename too).
  runScopesOnType: true,
  id: { field: "id", description: "Globalt id." },
  fields: (t) => ({
    grant: t.relation("grant", { description: "Bidraget rapporten hör till." }),
    kind: t.expose("kind", { type: ReportKindEnum, description: "Rapporttyp." }),
    title: t.exposeString("title", { description: "Rubrik." }),
    dueDate: t.expose("dueDate", { type: "Date", nullable: true }),
    status: t.expose("status", { type: ReportStatusEnum, description: "Rapportstatus." }),
    receivedDate: t.expose("receivedDate", { type: "Date", nullable: true }),
    approvedDate: t.expose("approvedDate", { type: "Date", nullable: true }),
    ...sourcePassage(t),
    ...timestamps(t),
  }),
});

builder.prismaNode("Disbursement", {
  authScopes: (part) => ({ grantDetails: part.grantId }),
  // An object of another project answers FORBIDDEN as a whole (whatever fields are asked, __typename too).
  runScopesOnType: true,
  id: { field: "id", description: "Globalt id." },
  fields: (t) => ({
    grant: t.relation("grant", { description: "Bidraget." }),
    amount: t.expose("amount", { type: "Money", description: "Belopp (IATI transaction/value)." }),
    plannedDate: t.expose("plannedDate", { type: "Date", nullable: true, description: "Planerat datum." }),
    paidDate: t.expose("paidDate", { type: "Date", nullable: true, description: "Utbetalt datum (IATI transaction-date)." }),
    status: t.expose("status", { type: DisbursementStatusEnum, description: "Status." }),
    ...timestamps(t),
  }),
});
