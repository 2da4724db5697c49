import { graphql } from "../../gql";

export const INDICATORS = graphql(`
  query Indicators {
    smallCountThreshold
    indicators(first: 100) {
      edges {
        node {
          id
          name
          unit
          definition
          countsPeople
          observations {
            id
            periodStart
            periodEnd
            breakdown
            value
            displayValue
            suppressed
            approximate
            note
            organisation { id name }
            project { id name }
            sourcePassage { id document { id title } }
          }
        }
      }
    }
  }
`);

export const ADD_OBSERVATION = graphql(`
  mutation AddObservation($input: ObservationInput!) { addObservation(input: $input) { id } }
`);
