import { graphql } from "../../gql";

export const SOURCE_DOCUMENTS = graphql(`
  query SourceDocuments {
    sourceDocuments(first: 100) {
      totalCount
      edges { node { id title kind reference year officer authorOrganisation { id name } } }
    }
  }
`);

export const SOURCE_DOCUMENT = graphql(`
  query SourceDocument($id: ID!) {
    node(id: $id) {
      __typename
      ... on SourceDocument {
        id
        title
        kind
        reference
        year
        documentDate
        meetingDate
        officer
        officerPhone
        addressee
        signatories
        summary
        originalText
        authorOrganisation { id name }
        passages { id section quote }
      }
    }
  }
`);
