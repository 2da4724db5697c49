import { graphql } from "../../gql";

// Every mutation returns the whole detail fragment, so the open page updates from the cache.
export const CREATE_GRANT = graphql(`
  mutation CreateGrant($input: GrantApplicationInput!) { createGrant(input: $input) { ...GrantDetailFields } }
`);
export const UPDATE_GRANT = graphql(`
  mutation UpdateGrant($id: ID!, $expectedVersion: Int!, $input: GrantApplicationInput!) {
    updateGrant(id: $id, expectedVersion: $expectedVersion, input: $input) { ...GrantDetailFields }
  }
`);
export const SUBMIT_GRANT = graphql(`
  mutation SubmitGrant($id: ID!, $expectedVersion: Int!, $submittedDate: Date) {
    submitGrant(id: $id, expectedVersion: $expectedVersion, submittedDate: $submittedDate) { ...GrantDetailFields }
  }
`);
export const DECIDE_GRANT = graphql(`
  mutation DecideGrant($id: ID!, $expectedVersion: Int!, $input: DecisionInput!) {
    decideGrant(id: $id, expectedVersion: $expectedVersion, input: $input) { ...GrantDetailFields }
  }
`);
export const TRANSITION_GRANT = graphql(`
  mutation TransitionGrant($id: ID!, $expectedVersion: Int!, $to: GrantTransition!) {
    transitionGrant(id: $id, expectedVersion: $expectedVersion, to: $to) { ...GrantDetailFields }
  }
`);
export const ADD_CONDITION = graphql(`
  mutation AddCondition($grantId: ID!, $expectedVersion: Int!, $input: ConditionInput!) {
    addCondition(grantId: $grantId, expectedVersion: $expectedVersion, input: $input) { ...GrantDetailFields }
  }
`);
export const UPDATE_CONDITION = graphql(`
  mutation UpdateCondition($id: ID!, $expectedVersion: Int!, $input: ConditionInput!) {
    updateCondition(id: $id, expectedVersion: $expectedVersion, input: $input) { ...GrantDetailFields }
  }
`);
export const RESOLVE_CONDITION = graphql(`
  mutation ResolveCondition($id: ID!, $expectedVersion: Int!, $input: ConditionResolutionInput!) {
    resolveCondition(id: $id, expectedVersion: $expectedVersion, input: $input) { ...GrantDetailFields }
  }
`);
export const ADD_REPORT = graphql(`
  mutation AddReportRequirement($grantId: ID!, $expectedVersion: Int!, $input: ReportRequirementInput!) {
    addReportRequirement(grantId: $grantId, expectedVersion: $expectedVersion, input: $input) { ...GrantDetailFields }
  }
`);
export const UPDATE_REPORT = graphql(`
  mutation UpdateReportRequirement($id: ID!, $expectedVersion: Int!, $input: ReportRequirementInput!) {
    updateReportRequirement(id: $id, expectedVersion: $expectedVersion, input: $input) { ...GrantDetailFields }
  }
`);
export const ADD_DISBURSEMENT = graphql(`
  mutation AddDisbursement($grantId: ID!, $expectedVersion: Int!, $input: DisbursementInput!) {
    addDisbursement(grantId: $grantId, expectedVersion: $expectedVersion, input: $input) { ...GrantDetailFields }
  }
`);
export const UPDATE_DISBURSEMENT = graphql(`
  mutation UpdateDisbursement($id: ID!, $expectedVersion: Int!, $input: DisbursementInput!) {
    updateDisbursement(id: $id, expectedVersion: $expectedVersion, input: $input) { ...GrantDetailFields }
  }
`);
