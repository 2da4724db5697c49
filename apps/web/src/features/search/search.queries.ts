import { graphql } from "../../gql";

export const SEARCH = graphql(`
  query Search($text: String!) {
    search(text: $text, first: 6) {
      grants { id title }
      projects { id name }
      organisations { id name }
    }
  }
`);
