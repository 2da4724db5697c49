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

/** What the page shows of an indicator itself (IndicatorForm edits the same fields). */
export const INDICATOR_FIELDS = graphql(`
  fragment IndicatorFields on Indicator { id version name unit definition countsPeople observationCount }
`);

/**
 * The indicators a hundred at a time, each with how many values it has: the page's list (the chosen
 * indicator's values come with INDICATOR_VALUES; the next hundred with `after`).
 */
export const INDICATORS = graphql(`
  query Indicators($after: String) {
    smallCountThreshold
    indicators(first: 100, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...IndicatorFields } }
    }
  }
`);

/** The chosen indicator with its values (also one beyond the list's first hundred, by its address). */
export const INDICATOR_VALUES = graphql(`
  query IndicatorValues($id: ID!) {
    node(id: $id) { __typename ... on Indicator { ...IndicatorFields observations { ...ObservationFields } } }
  }
`);

/**
 * What the download holds of every indicator (a hundred indicators a request, with only the columns of
 * the file), asked for when it is: a county has tens of thousands of values.
 */
export const INDICATORS_EXPORT = graphql(`
  query IndicatorsExport($after: String) {
    indicators(first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          name
          unit
          observations { periodStart periodEnd breakdown displayValue note organisation { name } project { name } }
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
  query IndicatorTrail($id: ID!) { node(id: $id) { ... on Indicator { id changes { ...AuditChangeFields } } } }
`);

export const ADD_OBSERVATION = graphql(`
  mutation AddObservation($input: ObservationInput!) { addObservation(input: $input) { id } }
`);
