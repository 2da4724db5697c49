import {
  conditionStatusLabels,
  contributionKindLabels,
  contributionStatusLabels,
  disbursementStatusLabels,
  evaluationKindLabels,
  grantStatusLabels,
  organisationKindLabels,
  partnerRoleLabels,
  reportKindLabels,
  reportStatusLabels,
} from "@bk/domain";

type Words = { sv: string; en: string };

/** How a field's stored value is shown. */
export type ValueKind =
  | { kind: "text" | "money" | "year" | "number" | "bool" | "reference" | "yearAmounts" }
  /** An ISO day, shown with the precision stored in `precisionField` of the same change (if any). */
  | { kind: "date"; precisionField?: string }
  | { kind: "enum"; labels: Record<string, Words> };

export type FieldSpec = Words & ValueKind;

const text = (sv: string, en: string): FieldSpec => ({ sv, en, kind: "text" });
const money = (sv: string, en: string): FieldSpec => ({ sv, en, kind: "money" });
const year = (sv: string, en: string): FieldSpec => ({ sv, en, kind: "year" });
const bool = (sv: string, en: string): FieldSpec => ({ sv, en, kind: "bool" });
const ref = (sv: string, en: string): FieldSpec => ({ sv, en, kind: "reference" });
const date = (sv: string, en: string, precisionField?: string): FieldSpec => ({ sv, en, kind: "date", precisionField });
const choice = (sv: string, en: string, labels: Record<string, Words>): FieldSpec => ({ sv, en, kind: "enum", labels });

const title = text("Rubrik", "Title");
const description = text("Beskrivning", "Description");
const note = text("Anteckning", "Note");
const status = (labels: Record<string, Words>) => choice("Status", "Status", labels);
const organisation = ref("Organisation", "Organisation");

/**
 * The fields of each audited kind of record a person may want to read, in the order they are
 * shown (what matters most first), with their labels and how their values are shown. Fields not listed (ids, versions, search text, seed keys, source
 * passages, date precisions, positions) are bookkeeping and never shown.
 */
export const FIELD_LABELS: Record<string, Record<string, FieldSpec>> = {
  Grant: {
    title,
    amountApplied: money("Sökt belopp", "Amount applied for"),
    amountGranted: money("Beviljat belopp", "Amount granted"),
    periodStartYear: year("Första år", "First year"),
    periodEndYear: year("Sista år", "Last year"),
    funderId: ref("Finansiär", "Funder"),
    applicantId: ref("Sökande", "Applicant"),
    recipientId: ref("Mottagare", "Recipient"),
    programmeId: ref("Bidragsprogram", "Grant programme"),
    projectId: ref("Projekt", "Project"),
    funderReference: text("Finansiärens diarienummer", "Funder's reference"),
    applicantReference: text("Sökandens diarienummer", "Applicant's reference"),
    description,
    currency: text("Valuta", "Currency"),
    applicationDeadline: date("Sista ansökningsdag", "Application deadline"),
    submittedDate: date("Inskickad", "Submitted", "submittedPrecision"),
    decisionDate: date("Beslutsdatum", "Decision date", "decisionPrecision"),
    decisionText: text("Beslutstext", "Decision text"),
    status: status(grantStatusLabels),
    note,
    yearAmounts: { sv: "Fördelning per år", en: "Split by year", kind: "yearAmounts" },
  },
  GrantYearAmount: {
    year: year("År", "Year"),
    amountApplied: money("Sökt belopp", "Amount applied for"),
    amountGranted: money("Beviljat belopp", "Amount granted"),
    yearAmounts: { sv: "Fördelning per år", en: "Split by year", kind: "yearAmounts" },
  },
  Condition: {
    text: text("Villkor", "Condition"),
    dueDate: date("Senast", "Due"),
    blocksPayment: bool("Stoppar utbetalning", "Blocks payment"),
    evidence: text("Underlag", "Evidence"),
    status: status(conditionStatusLabels),
    resolvedDate: date("Avklarat", "Resolved"),
    resolvedBy: text("Avklarat av", "Resolved by"),
  },
  ReportRequirement: {
    kind: choice("Slag", "Kind", reportKindLabels),
    title,
    dueDate: date("Ska lämnas", "Due"),
    status: status(reportStatusLabels),
    receivedDate: date("Inkom", "Received"),
    approvedDate: date("Godkänd", "Approved"),
  },
  Disbursement: {
    amount: money("Belopp", "Amount"),
    plannedDate: date("Planerad", "Planned"),
    paidDate: date("Utbetald", "Paid"),
    status: status(disbursementStatusLabels),
  },
  ProjectBudgetYear: {
    year: year("År", "Year"),
    amount: money("Behov", "Need"),
    ownFunding: money("Egen finansiering", "Own funding"),
    note,
  },
  Contribution: {
    organisationId: ref("Part", "Partner"),
    year: year("År", "Year"),
    kind: choice("Slag", "Kind", contributionKindLabels),
    amount: money("Belopp", "Amount"),
    description,
    status: status(contributionStatusLabels),
  },
  PartnerRole: {
    organisationId: organisation,
    role: choice("Roll", "Role", partnerRoleLabels),
    fromYear: year("Från år", "From year"),
    toYear: year("Till år", "To year"),
    note,
  },
  Evaluation: {
    kind: choice("Slag", "Kind", evaluationKindLabels),
    title,
    agreementId: ref("Avtal", "Agreement"),
    evaluatorOrganisationId: ref("Utvärderande organisation", "Evaluating organisation"),
    evaluatorName: text("Utvärderare", "Evaluator"),
    date: date("Datum", "Date"),
    periodStart: date("Period från", "Period from"),
    periodEnd: date("Period till", "Period to"),
    verdict: text("Bedömning", "Verdict"),
    summary: text("Sammanfattning", "Summary"),
    replyDueDate: date("Svar senast", "Reply due"),
    receivedDate: date("Inkom", "Received"),
    dueDate: date("Senast", "Due"),
    contacts: text("Kontakter", "Contacts"),
    documentUrl: text("Dokument", "Document"),
  },
  EvaluationAnswer: {
    questionId: ref("Fråga", "Question"),
    answer: text("Svar", "Answer"),
  },
  Organisation: {
    name: text("Namn", "Name"),
    shortName: text("Kortnamn", "Short name"),
    kind: choice("Typ", "Kind", organisationKindLabels),
    // As the organisation form names it.
    parentId: ref("Överordnad", "Parent"),
    organisationNumber: text("Organisationsnummer", "Organisation number"),
    municipality: text("Kommun", "Municipality"),
    description,
    website: text("Webbplats", "Website"),
    email: text("E-post", "Email"),
    phone: text("Telefon", "Phone"),
    address: text("Adress", "Address"),
  },
  Agreement: {
    title,
    principalId: ref("Uppdragsgivare", "Principal"),
    counterpartyId: ref("Motpart", "Counterparty"),
    purpose: text("Syfte", "Purpose"),
    startDate: date("Från", "From"),
    endDate: date("Till", "To"),
    followUpClause: text("Uppföljningsklausul", "Follow-up clause"),
    followUpIntervalYears: { sv: "Uppföljningsintervall (år)", en: "Follow-up interval (years)", kind: "number" },
  },
  Indicator: {
    name: text("Namn", "Name"),
    unit: text("Enhet", "Unit"),
    definition: text("Definition", "Definition"),
    countsPeople: bool("Räknar personer", "Counts people"),
  },
  Observation: {
    indicatorId: ref("Indikator", "Indicator"),
    organisationId: organisation,
    periodStart: date("Period från", "Period from"),
    periodEnd: date("Period till", "Period to"),
    breakdown: text("Uppdelning", "Breakdown"),
    value: { sv: "Värde", en: "Value", kind: "number" },
    approximate: bool("Ungefärligt", "Approximate"),
    note,
  },
};
