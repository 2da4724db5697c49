import { graphql } from "../../gql";

export const ORGANISATIONS = graphql(`
  query Organisations($where: OrganisationWhere) {
    organisations(first: 100, where: $where, orderBy: [{ field: NAME }]) {
      totalCount
      edges { node { id name shortName kind municipality organisationNumber parent { id name } } }
    }
  }
`);

export const ORGANISATION_FIELDS = graphql(`
  fragment OrganisationFields on Organisation {
    id
    version
    name
    shortName
    kind
    municipality
    organisationNumber
    description
    website
    email
    phone
    address
    parent { id name }
    children { id name }
  }
`);

export const ORGANISATION_DETAIL = graphql(`
  query OrganisationDetail($id: ID!) {
    node(id: $id) {
      __typename
      ... on Organisation {
        ...OrganisationFields
        partnerRoles { id version role fromYear toYear note project { id name } }
        changes { ...AuditChangeFields }
        contributions { id year kind amount status description project { id name } }
        grantsAsFunder(first: 50) { totalCount edges { node { id title status amountGranted } } }
        grantsAsApplicant(first: 50) { totalCount edges { node { id title status amountGranted } } }
        grantsAsRecipient(first: 50) { totalCount edges { node { id title status amountGranted } } }
        agreementsAsCounterpart { id title followUpClause nextFollowUpDue }
        agreementsAsPrincipal { id title followUpClause nextFollowUpDue }
      }
    }
  }
`);

export const NETWORK = graphql(`
  query PartnerNetwork {
    partnerRoles(first: 100) {
      edges { node { id role fromYear toYear project { id name } organisation { id name } } }
    }
  }
`);

export const CREATE_ORGANISATION = graphql(`
  mutation CreateOrganisation($input: OrganisationInput!) { createOrganisation(input: $input) { ...OrganisationFields } }
`);
export const UPDATE_ORGANISATION = graphql(`
  mutation UpdateOrganisation($id: ID!, $input: OrganisationInput!, $expectedVersion: Int) {
    updateOrganisation(id: $id, input: $input, expectedVersion: $expectedVersion) { ...OrganisationFields changes { ...AuditChangeFields } }
  }
`);

export const ADD_PARTNER_ROLE = graphql(`
  mutation AddPartnerRole($input: PartnerRoleInput!) { addPartnerRole(input: $input) { id } }
`);
export const DELETE_PARTNER_ROLE = graphql(`
  mutation DeletePartnerRole($id: ID!, $expectedVersion: Int) { deletePartnerRole(id: $id, expectedVersion: $expectedVersion) }
`);
