import { graphql } from "../../gql";

export const GRANT_ROW = graphql(`
  fragment GrantRow on Grant {
    id
    title
    status
    amountApplied
    amountGranted
    decisionDate
    decisionPrecision
    periodStartYear
    periodEndYear
    funder { id name shortName }
    recipient { id name }
  }
`);

export const GRANTS_LIST = graphql(`
  query GrantsList($where: GrantWhere, $orderBy: [GrantOrder!], $first: Int!, $after: String) {
    grants(where: $where, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...GrantRow } }
    }
    grantSummary(where: $where) { count amountApplied amountGranted }
  }
`);

export const GRANT_FILTER_OPTIONS = graphql(`
  query GrantFilterOptions {
    organisations(first: 100, orderBy: [{ field: NAME }]) {
      edges {
        node {
          id
          name
          grantsAsFunder(first: 1) { totalCount }
          grantsAsRecipient(first: 1) { totalCount }
        }
      }
    }
  }
`);

export const PASSAGE = graphql(`
  fragment Passage on SourcePassage {
    id
    section
    quote
    document { id title reference }
  }
`);

export const GRANT_DETAIL_FIELDS = graphql(`
  fragment GrantDetailFields on Grant {
    id
    version
    title
    description
    status
    amountApplied
    amountGranted
    funderReference
    applicantReference
    applicationDeadline
    submittedDate
    submittedPrecision
    decisionDate
    decisionPrecision
    decisionText
    periodStartYear
    periodEndYear
    note
    funder { id name }
    applicant { id name }
    recipient { id name }
    programme { id name }
    project {
      id
      name
      description
      targetGroup
      phase
      owner { id name }
      partnerRoles { id role fromYear toYear note organisation { id name } }
    }
    yearAmounts { id year amountApplied amountGranted }
    conditions { id text dueDate blocksPayment evidence status resolvedDate resolvedBy sourcePassage { ...Passage } }
    reportRequirements { id kind title dueDate status receivedDate approvedDate }
    disbursements { id amount plannedDate paidDate status }
    allowedTransitions { to allowed reason }
    sourcePassage { ...Passage }
    timeline { date precision kind title detail state actor change { ...AuditChangeFields } }
    changes { ...AuditChangeFields }
  }
`);

export const GRANT_DETAIL = graphql(`
  query GrantDetail($id: ID!) {
    node(id: $id) {
      __typename
      ... on Grant { ...GrantDetailFields }
    }
  }
`);

export const APPLICATION_OPTIONS = graphql(`
  query ApplicationOptions {
    organisations(first: 100, orderBy: [{ field: NAME }]) { edges { node { id name } } }
    programmes(first: 100) { edges { node { id name } } }
    projects(first: 100, orderBy: [{ field: NAME }]) { edges { node { id name } } }
  }
`);
