/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Villkorsstatus. */
export type ConditionStatus =
  /** Uppfyllt (Fulfilled) */
  | 'FULFILLED'
  /** Öppet (Open) */
  | 'OPEN'
  /** Efterskänkt (Waived) */
  | 'WAIVED';

/** Filter on a date (inclusive bounds). */
export type DateFilter = {
  /** Från och med. */
  gte?: string | null | undefined;
  /** Sant: datumet saknas; falskt: datumet finns. */
  isNull?: boolean | null | undefined;
  /** Till och med. */
  lte?: string | null | undefined;
};

/** Datumprecision: how exactly the source states a date. */
export type DatePrecision =
  /** Dag (Day) */
  | 'DAY'
  /** Månad (Month) */
  | 'MONTH'
  /** År (Year) */
  | 'YEAR';

/** Utbetalningsstatus. IATI: transaction-type. */
export type DisbursementStatus =
  /** Utbetald (Paid) */
  | 'PAID'
  /** Planerad (Planned) */
  | 'PLANNED';

/** Sorting for grants. */
export type GrantOrder = {
  /** Riktning. */
  direction?: SortDirection | null | undefined;
  /** Sorteringsfält. */
  field: GrantOrderField;
};

/** Fields grants can be sorted by. */
export type GrantOrderField =
  /** Sökt belopp. */
  | 'AMOUNT_APPLIED'
  /** Beviljat belopp. */
  | 'AMOUNT_GRANTED'
  /** Skapad. */
  | 'CREATED_AT'
  /** Beslutsdatum. */
  | 'DECISION_DATE'
  /** Första bidragsår. */
  | 'PERIOD_START_YEAR'
  /** Status. */
  | 'STATUS'
  /** Inlämnad. */
  | 'SUBMITTED_DATE'
  /** Rubrik. */
  | 'TITLE';

/** Bidragsstatus: where an application and its decision stand. 360Giving has no status field; IATI: activity-status. */
export type GrantStatus =
  /** Pågående (Active) */
  | 'ACTIVE'
  /** Avslutad (Closed) */
  | 'CLOSED'
  /** Utkast (Draft) */
  | 'DRAFT'
  /** Beviljad (Granted) */
  | 'GRANTED'
  /** Delvis beviljad (Partially granted) */
  | 'PARTIALLY_GRANTED'
  /** Avslagen (Rejected) */
  | 'REJECTED'
  /** Redovisad (Reported) */
  | 'REPORTED'
  /** Inskickad (Submitted) */
  | 'SUBMITTED'
  /** Återtagen (Withdrawn) */
  | 'WITHDRAWN';

/** Filter on GrantStatus. */
export type GrantStatusFilter = {
  /** Lika med. */
  equals?: GrantStatus | null | undefined;
  /** Något av. */
  in?: Array<GrantStatus> | null | undefined;
};

/** Filter for grants. All given conditions must hold. */
export type GrantWhere = {
  /** Sökt belopp. */
  amountApplied?: MoneyFilter | null | undefined;
  /** Beviljat belopp. */
  amountGranted?: MoneyFilter | null | undefined;
  /** Sökande. */
  applicant?: IdFilter | null | undefined;
  /** Sista ansökningsdag. */
  applicationDeadline?: DateFilter | null | undefined;
  /** Beslutsdatum. */
  decisionDate?: DateFilter | null | undefined;
  /** Finansiär. */
  funder?: IdFilter | null | undefined;
  /** Finansiärens diarienummer (exact). */
  funderReference?: string | null | undefined;
  /** Mottagarens kommun (exact, case-insensitive). */
  municipality?: string | null | undefined;
  /** Bidragsprogram. */
  programme?: IdFilter | null | undefined;
  /** Projekt. */
  project?: IdFilter | null | undefined;
  /** Mottagare. */
  recipient?: IdFilter | null | undefined;
  /** Mottagarens organisationstyp. */
  recipientKind?: OrganisationKindFilter | null | undefined;
  /** Status. */
  status?: GrantStatusFilter | null | undefined;
  /** Inlämnad. */
  submittedDate?: DateFilter | null | undefined;
  /** Fritext: contains, case-insensitive, in title, description, funderReference, applicantReference, note, funder.name, applicant.name, recipient.name, project.name, programme.name. */
  text?: string | null | undefined;
  /** Bidragsår: the grant's period, per-year split or (without a period) decision falls in this year. */
  year?: number | null | undefined;
};

/** Filter on a related object by its global id. */
export type IdFilter = {
  /** Lika med. */
  equals?: string | number | null | undefined;
  /** Något av. */
  in?: Array<string | number> | null | undefined;
};

/** Filter on an amount in kronor (inclusive bounds). */
export type MoneyFilter = {
  /** Minst. */
  gte?: string | null | undefined;
  /** Sant: beloppet saknas i källan; falskt: beloppet finns. */
  isNull?: boolean | null | undefined;
  /** Högst. */
  lte?: string | null | undefined;
};

/** Organisationstyp. IATI: organisation type. */
export type OrganisationKind =
  /** Intresseorganisation (Association of authorities) */
  | 'ASSOCIATION_OF_AUTHORITIES'
  /** Länsstyrelse (County administrative board) */
  | 'COUNTY_BOARD'
  /** Stadsdelsnämnd (City district) */
  | 'DISTRICT'
  /** Regering (Government) */
  | 'GOVERNMENT'
  /** Statlig myndighet (Government agency) */
  | 'GOVERNMENT_AGENCY'
  /** Kommun (Municipality) */
  | 'MUNICIPALITY'
  /** Förvaltning (Municipal administration) */
  | 'MUNICIPAL_ADMINISTRATION'
  /** Nämnd (Municipal committee) */
  | 'MUNICIPAL_COMMITTEE'
  /** Enhet (Municipal unit) */
  | 'MUNICIPAL_UNIT'
  /** Samverkansorgan (Network) */
  | 'NETWORK'
  /** Ideell organisation (NGO) */
  | 'NGO'
  /** Övrigt (Other) */
  | 'OTHER'
  /** Polis (Police) */
  | 'POLICE'
  /** Landsting/region (County council/region) */
  | 'REGION';

/** Filter on OrganisationKind. */
export type OrganisationKindFilter = {
  /** Lika med. */
  equals?: OrganisationKind | null | undefined;
  /** Något av. */
  in?: Array<OrganisationKind> | null | undefined;
};

/** Samverkansroll. IATI: participating-org@role. */
export type PartnerRoleKind =
  /** Samarbetspart (Collaboration partner) */
  | 'COLLABORATION_PARTNER'
  /** Utvärderare (Evaluator) */
  | 'EVALUATOR'
  /** Finansiär (Funder) */
  | 'FUNDER'
  /** Utförare (Operator) */
  | 'OPERATOR'
  /** Huvudman (Owner) */
  | 'OWNER'
  /** Deltagare (Participant) */
  | 'PARTICIPANT'
  /** Referensgrupp (Reference group) */
  | 'REFERENCE_GROUP'
  /** Styrgrupp (Steering group) */
  | 'STEERING_GROUP';

/** Projektfas: pilot → projekt → implementeringsår → permanent verksamhet. */
export type ProjectPhase =
  /** Avslutat (Ended) */
  | 'ENDED'
  /** Implementeringsår (Implementation year) */
  | 'IMPLEMENTATION'
  /** Permanent verksamhet (Permanent operation) */
  | 'PERMANENT'
  /** Pilot (Pilot) */
  | 'PILOT'
  /** Projekt (Project) */
  | 'PROJECT';

/** Rapporttyp. */
export type ReportKind =
  /** Slutrapport (Final report) */
  | 'FINAL'
  /** Ekonomisk redovisning (Financial report) */
  | 'FINANCIAL'
  /** Delrapport (Interim report) */
  | 'INTERIM';

/** Rapportstatus. */
export type ReportStatus =
  /** Godkänd (Approved) */
  | 'APPROVED'
  /** Väntas (Due) */
  | 'DUE'
  /** Inkommen (Received) */
  | 'RECEIVED';

/** Sorteringsordning. */
export type SortDirection =
  /** Stigande (ascending) */
  | 'ASC'
  /** Fallande (descending) */
  | 'DESC';

/** Dokumenttyp. */
export type SourceDocumentKind =
  /** Ansökan (Application) */
  | 'APPLICATION'
  /** Beslut (Decision) */
  | 'DECISION'
  /** Uppföljning (Follow-up) */
  | 'FOLLOW_UP'
  /** Skrivelse (Letter) */
  | 'LETTER'
  /** Tjänsteutlåtande (Official report) */
  | 'OFFICIAL_REPORT';

export type GrantRowFragment = { id: string, title: string, status: GrantStatus, amountApplied: string | null, amountGranted: string | null, decisionDate: string | null, decisionPrecision: DatePrecision, periodStartYear: number | null, periodEndYear: number | null, funder: { id: string, name: string, shortName: string | null }, recipient: { id: string, name: string } };

export type GrantsListQueryVariables = Exact<{
  where?: GrantWhere | null | undefined;
  orderBy?: Array<GrantOrder> | GrantOrder | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type GrantsListQuery = { grants: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, status: GrantStatus, amountApplied: string | null, amountGranted: string | null, decisionDate: string | null, decisionPrecision: DatePrecision, periodStartYear: number | null, periodEndYear: number | null, funder: { id: string, name: string, shortName: string | null }, recipient: { id: string, name: string } } }> }, grantSummary: { count: number, amountApplied: string, amountGranted: string } };

export type GrantFilterOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type GrantFilterOptionsQuery = { organisations: { edges: Array<{ node: { id: string, name: string, grantsAsFunder: { totalCount: number }, grantsAsRecipient: { totalCount: number } } }> } };

export type PassageFragment = { id: string, section: string | null, quote: string, document: { id: string, title: string, reference: string | null } };

export type GrantDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type GrantDetailQuery = { node:
    | { __typename: 'Activity' }
    | { __typename: 'Agreement' }
    | { __typename: 'Condition' }
    | { __typename: 'Contribution' }
    | { __typename: 'Disbursement' }
    | { __typename: 'Evaluation' }
    | { __typename: 'Grant', id: string, title: string, description: string | null, status: GrantStatus, amountApplied: string | null, amountGranted: string | null, funderReference: string | null, applicantReference: string | null, applicationDeadline: string | null, submittedDate: string | null, submittedPrecision: DatePrecision, decisionDate: string | null, decisionPrecision: DatePrecision, decisionText: string | null, periodStartYear: number | null, periodEndYear: number | null, note: string | null, funder: { id: string, name: string }, applicant: { id: string, name: string }, recipient: { id: string, name: string }, programme: { id: string, name: string } | null, project: { id: string, name: string, description: string | null, targetGroup: string | null, phase: ProjectPhase, owner: { id: string, name: string } | null, partnerRoles: Array<{ id: string, role: PartnerRoleKind, fromYear: number | null, toYear: number | null, note: string | null, organisation: { id: string, name: string } }> } | null, yearAmounts: Array<{ id: string, year: number, amountApplied: string | null, amountGranted: string | null }>, conditions: Array<{ id: string, text: string, dueDate: string | null, blocksPayment: boolean, evidence: string | null, status: ConditionStatus, resolvedDate: string | null, resolvedBy: string | null, sourcePassage: { id: string, section: string | null, quote: string, document: { id: string, title: string, reference: string | null } } | null }>, reportRequirements: Array<{ id: string, kind: ReportKind, title: string, dueDate: string | null, status: ReportStatus, receivedDate: string | null, approvedDate: string | null }>, disbursements: Array<{ id: string, amount: string, plannedDate: string | null, paidDate: string | null, status: DisbursementStatus }>, sourcePassage: { id: string, section: string | null, quote: string, document: { id: string, title: string, reference: string | null } } | null }
    | { __typename: 'Indicator' }
    | { __typename: 'Observation' }
    | { __typename: 'Organisation' }
    | { __typename: 'PartnerRole' }
    | { __typename: 'Programme' }
    | { __typename: 'Project' }
    | { __typename: 'QuestionTemplate' }
    | { __typename: 'ReportRequirement' }
    | { __typename: 'SourceDocument' }
    | { __typename: 'SourcePassage' }
   | null };

export type SourceDocumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type SourceDocumentsQuery = { sourceDocuments: { totalCount: number, edges: Array<{ node: { id: string, title: string, kind: SourceDocumentKind, reference: string | null, year: number | null, officer: string | null, authorOrganisation: { id: string, name: string } | null } }> } };

export type SourceDocumentQueryVariables = Exact<{
  id: string | number;
}>;


export type SourceDocumentQuery = { node:
    | { __typename: 'Activity' }
    | { __typename: 'Agreement' }
    | { __typename: 'Condition' }
    | { __typename: 'Contribution' }
    | { __typename: 'Disbursement' }
    | { __typename: 'Evaluation' }
    | { __typename: 'Grant' }
    | { __typename: 'Indicator' }
    | { __typename: 'Observation' }
    | { __typename: 'Organisation' }
    | { __typename: 'PartnerRole' }
    | { __typename: 'Programme' }
    | { __typename: 'Project' }
    | { __typename: 'QuestionTemplate' }
    | { __typename: 'ReportRequirement' }
    | { __typename: 'SourceDocument', id: string, title: string, kind: SourceDocumentKind, reference: string | null, year: number | null, documentDate: string | null, meetingDate: string | null, officer: string | null, officerPhone: string | null, addressee: string | null, signatories: Array<string>, summary: string | null, originalText: string, authorOrganisation: { id: string, name: string } | null, passages: Array<{ id: string, section: string | null, quote: string }> }
    | { __typename: 'SourcePassage' }
   | null };

export const GrantRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Grant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountApplied"}},{"kind":"Field","name":{"kind":"Name","value":"amountGranted"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"decisionPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"periodStartYear"}},{"kind":"Field","name":{"kind":"Name","value":"periodEndYear"}},{"kind":"Field","name":{"kind":"Name","value":"funder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<GrantRowFragment, unknown>;
export const PassageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Passage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SourcePassage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<PassageFragment, unknown>;
export const GrantsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantWhere"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantRow"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amountApplied"}},{"kind":"Field","name":{"kind":"Name","value":"amountGranted"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Grant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountApplied"}},{"kind":"Field","name":{"kind":"Name","value":"amountGranted"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"decisionPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"periodStartYear"}},{"kind":"Field","name":{"kind":"Name","value":"periodEndYear"}},{"kind":"Field","name":{"kind":"Name","value":"funder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<GrantsListQuery, GrantsListQueryVariables>;
export const GrantFilterOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantFilterOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"grantsAsFunder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantsAsRecipient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GrantFilterOptionsQuery, GrantFilterOptionsQueryVariables>;
export const GrantDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Grant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountApplied"}},{"kind":"Field","name":{"kind":"Name","value":"amountGranted"}},{"kind":"Field","name":{"kind":"Name","value":"funderReference"}},{"kind":"Field","name":{"kind":"Name","value":"applicantReference"}},{"kind":"Field","name":{"kind":"Name","value":"applicationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"submittedDate"}},{"kind":"Field","name":{"kind":"Name","value":"submittedPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"decisionPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionText"}},{"kind":"Field","name":{"kind":"Name","value":"periodStartYear"}},{"kind":"Field","name":{"kind":"Name","value":"periodEndYear"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"funder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"fromYear"}},{"kind":"Field","name":{"kind":"Name","value":"toYear"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"yearAmounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amountApplied"}},{"kind":"Field","name":{"kind":"Name","value":"amountGranted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"blocksPayment"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedDate"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"sourcePassage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Passage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportRequirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedDate"}},{"kind":"Field","name":{"kind":"Name","value":"approvedDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disbursements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"plannedDate"}},{"kind":"Field","name":{"kind":"Name","value":"paidDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourcePassage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Passage"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Passage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SourcePassage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<GrantDetailQuery, GrantDetailQueryVariables>;
export const SourceDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SourceDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceDocuments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"officer"}},{"kind":"Field","name":{"kind":"Name","value":"authorOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SourceDocumentsQuery, SourceDocumentsQueryVariables>;
export const SourceDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SourceDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SourceDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"officer"}},{"kind":"Field","name":{"kind":"Name","value":"officerPhone"}},{"kind":"Field","name":{"kind":"Name","value":"addressee"}},{"kind":"Field","name":{"kind":"Name","value":"signatories"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"originalText"}},{"kind":"Field","name":{"kind":"Name","value":"authorOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"passages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SourceDocumentQuery, SourceDocumentQueryVariables>;