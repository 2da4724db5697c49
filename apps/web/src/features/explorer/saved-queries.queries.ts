import { graphql } from "../../gql";

export const SAVED_QUERY_FIELDS = graphql(`
  fragment SavedQueryFields on SavedQuery { id version name description query variables shared ownerName mine updatedAt }
`);

export const SAVED_QUERIES = graphql(`
  query SavedQueries($where: SavedQueryWhere, $first: Int) {
    savedQueries(where: $where, first: $first) { totalCount edges { node { ...SavedQueryFields } } }
  }
`);

export const SAVED_QUERY = graphql(`
  query SavedQuery($id: ID!) {
    node(id: $id) { __typename ... on SavedQuery { ...SavedQueryFields } }
  }
`);

export const CREATE_SAVED_QUERY = graphql(`
  mutation CreateSavedQuery($input: SavedQueryInput!) { createSavedQuery(input: $input) { ...SavedQueryFields } }
`);

export const UPDATE_SAVED_QUERY = graphql(`
  mutation UpdateSavedQuery($id: ID!, $input: SavedQueryInput!, $expectedVersion: Int) {
    updateSavedQuery(id: $id, input: $input, expectedVersion: $expectedVersion) { ...SavedQueryFields }
  }
`);

export const DELETE_SAVED_QUERY = graphql(`
  mutation DeleteSavedQuery($id: ID!, $expectedVersion: Int) { deleteSavedQuery(id: $id, expectedVersion: $expectedVersion) }
`);
