/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Filter on a date (inclusive bounds). */
export type DateFilter = {
  /** Från och med. */
  gte?: string | null | undefined;
  /** Sant: datumet saknas; falskt: datumet finns. */
  isNull?: boolean | null | undefined;
  /** Till och med. */
  lte?: string | null | undefined;
};

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
  /** Fritext, ignoring case and diacritics ("hasselby" finds Hässelby): funderReference, applicantReference, programme.name, searchText, funder.searchText, applicant.searchText, recipient.searchText, project.searchText. */
  text?: string | null | undefined;
  /** Bidragsår: the grants that count in this year (1990–2100): the years of the per-year split, else the period (start to end), else the decision year; the same years as grantSummary(by: YEAR), the programme overview and a project's financing. */
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

/** Sorteringsordning. */
export type SortDirection =
  /** Stigande (ascending) */
  | 'ASC'
  /** Fallande (descending) */
  | 'DESC';

export type GrantsPageQueryVariables = Exact<{
  where?: GrantWhere | null | undefined;
  orderBy?: Array<GrantOrder> | GrantOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type GrantsPageQuery = { grants: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, status: GrantStatus, amountApplied: string | null, amountGranted: string | null } }> } };

export type GrantsLansstyrelsenQueryVariables = Exact<{ [key: string]: never; }>;


export type GrantsLansstyrelsenQuery = { organisations: { edges: Array<{ node: { id: string } }> } };

export type GrantWithConditionsQueryVariables = Exact<{
  id: string | number;
}>;


export type GrantWithConditionsQuery = { node:
    | { title: string, funderReference: string | null, conditions: Array<{ dueDate: string | null, sourcePassage: { document: { reference: string | null } } | null }> }
    | Record<PropertyKey, never>
   | null };

export type GrantSummaryByYearQueryVariables = Exact<{
  where?: GrantWhere | null | undefined;
}>;


export type GrantSummaryByYearQuery = { grantSummary: { count: number, amountApplied: string, amountGranted: string, groups: Array<{ key: string, amountGranted: string }> } };

export type GrantsAnyProjectQueryVariables = Exact<{ [key: string]: never; }>;


export type GrantsAnyProjectQuery = { projects: { edges: Array<{ node: { id: string } }> } };

export type GrantsUnknownNodeQueryVariables = Exact<{ [key: string]: never; }>;


export type GrantsUnknownNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };


export const GrantsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantWhere"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountApplied"}},{"kind":"Field","name":{"kind":"Name","value":"amountGranted"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GrantsPageQuery, GrantsPageQueryVariables>;
export const GrantsLansstyrelsenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantsLansstyrelsen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"StringValue","value":"Länsstyrelsen i Stockholms län","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GrantsLansstyrelsenQuery, GrantsLansstyrelsenQueryVariables>;
export const GrantWithConditionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantWithConditions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Grant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"funderReference"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"sourcePassage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GrantWithConditionsQuery, GrantWithConditionsQueryVariables>;
export const GrantSummaryByYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantSummaryByYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantWhere"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amountApplied"}},{"kind":"Field","name":{"kind":"Name","value":"amountGranted"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"YEAR"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"amountGranted"}}]}}]}}]}}]} as unknown as DocumentNode<GrantSummaryByYearQuery, GrantSummaryByYearQueryVariables>;
export const GrantsAnyProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantsAnyProject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GrantsAnyProjectQuery, GrantsAnyProjectQueryVariables>;
export const GrantsUnknownNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantsUnknownNode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"R3JhbnQ6bm9wZQ==","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<GrantsUnknownNodeQuery, GrantsUnknownNodeQueryVariables>;