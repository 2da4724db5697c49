import type { Wordings } from "../wording";

/** Why an application, a decision, a condition, a report or a disbursement is refused. */
export const grants = {
  "grant.missing": { sv: "Bidraget finns inte", en: "The grant does not exist" },
  "grant.titleRequired": { sv: "Rubrik måste anges", en: "Enter a title" },
  "grant.funderRequired": { sv: "Välj finansiär", en: "Choose a funder" },
  "grant.applicantRequired": { sv: "Välj sökande", en: "Choose an applicant" },
  "grant.recipientRequired": { sv: "Välj mottagare", en: "Choose a recipient" },
  "grant.tooManyYears": { sv: "Högst {max} år", en: "At most {max} years" },
  "grant.periodReversed": { sv: "Sista året kan inte ligga före första året", en: "The last year cannot come before the first year" },
  "grant.yearTwice": { sv: "Varje år får bara förekomma en gång", en: "Each year may appear only once" },
  "grant.yearOutsidePeriod": { sv: "Året ligger utanför bidragsperioden", en: "The year lies outside the grant period" },
  "grant.yearAmountsSum": {
    sv: "Årsbeloppen ska summera till sökt belopp",
    en: "The yearly amounts must add up to the amount applied for",
  },
  "grant.amountAppliedRequired": { sv: "Sökt belopp måste anges", en: "Enter the amount applied for" },
  "grant.organisationMissing": { sv: "Organisationen finns inte", en: "The organisation does not exist" },
  "grant.notEditableAfterDecision": {
    sv: "Ansökan kan inte ändras efter beslut",
    en: "The application cannot be changed after the decision",
  },
  "decision.outcomeRequired": { sv: "Välj beslut", en: "Choose a decision" },
  "decision.dateRequired": { sv: "Beslutsdatum måste anges", en: "Enter the decision date" },
  "decision.beforeSubmission": {
    sv: "Beslutet kan inte vara fattat före ansökan lämnades in ({submitted:date})",
    en: "The decision cannot be made before the application was submitted ({submitted:date})",
  },
  "decision.rejectionHasAmount": { sv: "Ett avslag har beviljat belopp 0 kr", en: "A rejection has a granted amount of SEK 0" },
  "decision.amountRequired": { sv: "Beviljat belopp måste anges", en: "Enter the amount granted" },
  "decision.amountNotPositive": { sv: "Beviljat belopp måste vara större än 0 kr", en: "The amount granted must be larger than SEK 0" },
  "decision.aboveApplied": {
    sv: "Beviljat belopp får inte vara större än sökt belopp, {applied:kr} (om inte beslutet säger det)",
    en: "The amount granted must not exceed the amount applied for, {applied:kr} (unless the decision says so)",
  },
  "decision.partialNeedsApplied": {
    sv: "Delvis beviljat kräver att sökt belopp är känt",
    en: "A partial grant needs the amount applied for",
  },
  "decision.partialNotLess": {
    sv: "Vid delvis beviljat ska beviljat belopp vara mindre än sökt belopp, {applied:kr}",
    en: "For a partial grant the amount granted must be less than the amount applied for, {applied:kr}",
  },
  "decision.choosePartial": {
    sv: "Beviljat belopp är mindre än sökt: välj delvis beviljat",
    en: "The amount granted is less than applied for: choose partially granted",
  },
  "condition.textRequired": { sv: "Villkoret måste anges", en: "Enter the condition" },
  "condition.missing": { sv: "Villkoret finns inte", en: "The condition does not exist" },
  "condition.statusRequired": { sv: "Välj uppfyllt eller efterskänkt", en: "Choose fulfilled or waived" },
  "condition.resolvedByRequired": { sv: "Ange vem som bedömt villkoret", en: "Enter who assessed the condition" },
  "condition.alreadyResolved": { sv: "Villkoret är redan avklarat", en: "The condition is already resolved" },
  "report.missing": { sv: "Rapporten finns inte", en: "The report does not exist" },
  "report.kindRequired": { sv: "Välj rapporttyp", en: "Choose the kind of report" },
  "report.receivedDateRequired": { sv: "Ange när rapporten inkom", en: "Enter when the report was received" },
  "report.approvedDateRequired": { sv: "Ange när rapporten godkändes", en: "Enter when the report was approved" },
  "report.approvedBeforeReceived": {
    sv: "En rapport kan inte godkännas innan den inkommit",
    en: "A report cannot be approved before it was received",
  },
  "disbursement.missing": { sv: "Utbetalningen finns inte", en: "The disbursement does not exist" },
  "disbursement.paidDateRequired": { sv: "Ange utbetalningsdatum", en: "Enter the payment date" },
  "disbursement.paidDateMeansPaid": {
    sv: "Ett utbetalningsdatum betyder att beloppet är utbetalt",
    en: "A payment date means the amount has been paid",
  },
  "disbursement.grantNotPayable": {
    sv: "Utbetalningar kan inte registreras för ett bidrag med status ”{status:status}”",
    en: "Disbursements cannot be recorded for a grant with status “{status:status}”",
  },
  "grant.decisionFirst": {
    sv: "Det hör till ett beviljat bidrag; registrera beslutet först",
    en: "This belongs to a granted grant; record the decision first",
  },
  "disbursement.exceedsGranted": {
    sv: "Utbetalningarna ({total:kr}) får inte överstiga beviljat belopp ({granted:kr}); högst {remaining:kr} kan betalas ut",
    en: "The disbursements ({total:kr}) must not exceed the amount granted ({granted:kr}); at most {remaining:kr} can be paid",
  },
  "disbursement.blockedByCondition": {
    sv: "Utbetalning spärras av ett öppet villkor: ”{condition}”",
    en: "Payment is blocked by an open condition: “{condition}”",
  },
  "disbursement.paidIsFinal": { sv: "En gjord utbetalning kan inte ändras", en: "A payment that has been made cannot be changed" },
} satisfies Wordings;
