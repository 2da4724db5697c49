import type {
  AllocationLevel,
  ConditionStatus,
  ContributionKind,
  ContributionStatus,
  DisbursementStatus,
  EvaluationKind,
  GrantStatus,
  OrganisationKind,
  PartnerRoleKind,
  ProjectPhase,
  ReportKind,
  ReportStatus,
  SourceDocumentKind,
} from "../generated/prisma/enums";

export type Locale = "sv" | "en";
/** The cookie that tells the server the reader's language (the web app keeps it equal to its own choice). */
export const LOCALE_COOKIE = "bk_locale";
type Labels<T extends string> = Record<T, { sv: string; en: string }>;

export const grantStatusLabels: Labels<GrantStatus> = {
  DRAFT: { sv: "Utkast", en: "Draft" },
  SUBMITTED: { sv: "Inskickad", en: "Submitted" },
  GRANTED: { sv: "Beviljad", en: "Granted" },
  PARTIALLY_GRANTED: { sv: "Delvis beviljad", en: "Partially granted" },
  REJECTED: { sv: "Avslagen", en: "Rejected" },
  ACTIVE: { sv: "Pågående", en: "Active" },
  REPORTED: { sv: "Redovisad", en: "Reported" },
  CLOSED: { sv: "Avslutad", en: "Closed" },
  WITHDRAWN: { sv: "Återtagen", en: "Withdrawn" },
};

export const organisationKindLabels: Labels<OrganisationKind> = {
  GOVERNMENT: { sv: "Regering", en: "Government" },
  GOVERNMENT_AGENCY: { sv: "Statlig myndighet", en: "Government agency" },
  COUNTY_BOARD: { sv: "Länsstyrelse", en: "County administrative board" },
  MUNICIPALITY: { sv: "Kommun", en: "Municipality" },
  MUNICIPAL_COMMITTEE: { sv: "Nämnd", en: "Municipal committee" },
  MUNICIPAL_ADMINISTRATION: { sv: "Förvaltning", en: "Municipal administration" },
  DISTRICT: { sv: "Stadsdelsnämnd", en: "City district" },
  MUNICIPAL_UNIT: { sv: "Enhet", en: "Municipal unit" },
  POLICE: { sv: "Polis", en: "Police" },
  REGION: { sv: "Landsting/region", en: "County council/region" },
  NGO: { sv: "Ideell organisation", en: "NGO" },
  ASSOCIATION_OF_AUTHORITIES: { sv: "Intresseorganisation", en: "Association of authorities" },
  NETWORK: { sv: "Samverkansorgan", en: "Network" },
  OTHER: { sv: "Övrigt", en: "Other" },
};

export const partnerRoleLabels: Labels<PartnerRoleKind> = {
  OWNER: { sv: "Huvudman", en: "Owner" },
  OPERATOR: { sv: "Utförare", en: "Operator" },
  PARTICIPANT: { sv: "Deltagare", en: "Participant" },
  COLLABORATION_PARTNER: { sv: "Samarbetspart", en: "Collaboration partner" },
  STEERING_GROUP: { sv: "Styrgrupp", en: "Steering group" },
  REFERENCE_GROUP: { sv: "Referensgrupp", en: "Reference group" },
  FUNDER: { sv: "Finansiär", en: "Funder" },
  EVALUATOR: { sv: "Utvärderare", en: "Evaluator" },
};

export const projectPhaseLabels: Labels<ProjectPhase> = {
  PILOT: { sv: "Pilot", en: "Pilot" },
  PROJECT: { sv: "Projekt", en: "Project" },
  IMPLEMENTATION: { sv: "Implementeringsår", en: "Implementation year" },
  PERMANENT: { sv: "Permanent verksamhet", en: "Permanent operation" },
  ENDED: { sv: "Avslutat", en: "Ended" },
};

export const conditionStatusLabels: Labels<ConditionStatus> = {
  OPEN: { sv: "Öppet", en: "Open" },
  FULFILLED: { sv: "Uppfyllt", en: "Fulfilled" },
  WAIVED: { sv: "Efterskänkt", en: "Waived" },
};

export const reportKindLabels: Labels<ReportKind> = {
  INTERIM: { sv: "Delrapport", en: "Interim report" },
  FINAL: { sv: "Slutrapport", en: "Final report" },
  FINANCIAL: { sv: "Ekonomisk redovisning", en: "Financial report" },
};

export const reportStatusLabels: Labels<ReportStatus> = {
  DUE: { sv: "Väntas", en: "Due" },
  RECEIVED: { sv: "Inkommen", en: "Received" },
  APPROVED: { sv: "Godkänd", en: "Approved" },
};

export const disbursementStatusLabels: Labels<DisbursementStatus> = {
  PLANNED: { sv: "Planerad", en: "Planned" },
  PAID: { sv: "Utbetald", en: "Paid" },
};

export const contributionKindLabels: Labels<ContributionKind> = {
  CASH: { sv: "Kontant", en: "Cash" },
  IN_KIND: { sv: "I natura", en: "In kind" },
};

export const contributionStatusLabels: Labels<ContributionStatus> = {
  PLEDGED: { sv: "Utlovad", en: "Pledged" },
  COMMITTED: { sv: "Beslutad", en: "Committed" },
  RECEIVED: { sv: "Erhållen", en: "Received" },
};

export const evaluationKindLabels: Labels<EvaluationKind> = {
  EVALUATION_REPORT: { sv: "Utvärderingsrapport", en: "Evaluation report" },
  FOLLOW_UP: { sv: "Uppföljning", en: "Follow-up" },
  ONGOING_EVALUATION: { sv: "Löpande utvärdering", en: "Ongoing evaluation" },
  PLANNED: { sv: "Planerad utvärdering", en: "Planned evaluation" },
};

export const allocationLevelLabels: Labels<AllocationLevel> = {
  NATIONAL: { sv: "Nationellt", en: "National" },
  COUNTY: { sv: "Länet", en: "County" },
};

export const sourceDocumentKindLabels: Labels<SourceDocumentKind> = {
  OFFICIAL_REPORT: { sv: "Tjänsteutlåtande", en: "Official report" },
  APPLICATION: { sv: "Ansökan", en: "Application" },
  FOLLOW_UP: { sv: "Uppföljning", en: "Follow-up" },
  LETTER: { sv: "Skrivelse", en: "Letter" },
  DECISION: { sv: "Beslut", en: "Decision" },
};

export function label<T extends string>(labels: Labels<T>, value: T, locale: Locale): string {
  return labels[value]?.[locale] ?? value;
}
