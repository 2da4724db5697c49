import { graphql } from "../../gql";

export const INDICATORS = graphql(`
  query Indicators {
    smallCountThreshold
    indicators(first: 100) {
      edges {
        node {
          id
          version
          name
          unit
          definition
          countsPeople
          observations {
            id
            version
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

export const UPDATE_OBSERVATION = graphql(`
  mutation UpdateObservation($id: ID!, $input: ObservationInput!, $expectedVersion: Int) {
    updateObservation(id: $id, input: $input, expectedVersion: $expectedVersion) { id version }
  }
`);

export const DELETE_OBSERVATION = graphql(`
  mutation DeleteObservation($id: ID!, $expectedVersion: Int) { deleteObservation(id: $id, expectedVersion: $expectedVersion) }
`);

export const ADD_INDICATOR = graphql(`
  mutation AddIndicator($input: IndicatorInput!) { addIndicator(input: $input) { id } }
`);

export const UPDATE_INDICATOR = graphql(`
  mutation UpdateIndicator($id: ID!, $input: IndicatorInput!, $expectedVersion: Int) {
    updateIndicator(id: $id, input: $input, expectedVersion: $expectedVersion) { id version name unit definition countsPeople }
  }
`);

export const INDICATOR_TRAIL = graphql(`
  query IndicatorTrail($id: ID!) { node(id: $id) { ... on Indicator { id auditEntries { ...AuditEntryFields } } } }
`);

export const ADD_OBSERVATION = graphql(`
  mutation AddObservation($input: ObservationInput!) { addObservation(input: $input) { id } }
`);
