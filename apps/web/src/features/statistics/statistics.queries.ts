import { graphql } from "../../gql";

/** An indicator's values as the page shows them (and the download holds them). */
export const OBSERVATION_FIELDS = graphql(`
  fragment ObservationFields on Observation {
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
`);

/** The indicators, each with how many values it has: the page's list (the values of the one chosen come with INDICATOR_VALUES). */
export const INDICATORS = graphql(`
  query Indicators {
    smallCountThreshold
    indicators(first: 100) {
      edges { node { id version name unit definition countsPeople observationCount } }
    }
  }
`);

/** The chosen indicator's values. */
export const INDICATOR_VALUES = graphql(`
  query IndicatorValues($id: ID!) {
    node(id: $id) { __typename ... on Indicator { id observations { ...ObservationFields } } }
  }
`);

/** Every indicator with its values: what the download holds, asked for when it is (a county has tens of thousands of values). */
export const INDICATORS_EXPORT = graphql(`
  query IndicatorsExport {
    indicators(first: 100) { edges { node { id name unit observations { ...ObservationFields } } } }
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
  query IndicatorTrail($id: ID!) { node(id: $id) { ... on Indicator { id changes { ...AuditChangeFields } } } }
`);

export const ADD_OBSERVATION = graphql(`
  mutation AddObservation($input: ObservationInput!) { addObservation(input: $input) { id } }
`);
