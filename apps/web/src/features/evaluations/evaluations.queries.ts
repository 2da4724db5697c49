import { graphql } from "../../gql";

export const EVALUATIONS_OVERVIEW = graphql(`
  query EvaluationsOverview {
    agreements(first: 100) {
      edges {
        node {
          id
          version
          title
          purpose
          followUpClause
          followUpIntervalYears
          nextFollowUpDue
          startDate
          endDate
          principal { id name }
          counterparty { id name }
          evaluations { id title replyDueDate receivedDate answers { id question { id } } }
        }
      }
    }
    evaluations(first: 100, orderBy: [{ field: TITLE }]) {
      edges {
        node {
          id
          version
          kind
          title
          evaluatorName
          evaluatorOrganisation { id name }
          date
          dueDate
          replyDueDate
          receivedDate
          verdict
          summary
          project { id name }
          agreement { id title }
        }
      }
    }
  }
`);

export const EVALUATION_DETAIL = graphql(`
  query EvaluationDetail($id: ID!) {
    node(id: $id) {
      __typename
      ... on Evaluation {
        id
        version
        kind
        title
        summary
        verdict
        evaluatorName
        replyDueDate
        receivedDate
        date
        dueDate
        periodStart
        periodEnd
        documentUrl
        contacts
        project { id name }
        agreement { id title followUpClause }
        answers {
          id
          position
          answer
          question { id text answers { id answer evaluation { id title replyDueDate } } }
        }
      }
    }
  }
`);

export const ANSWER_QUESTION = graphql(`
  mutation AnswerQuestion($evaluationId: ID!, $position: Int!, $answer: String!, $expectedVersion: Int) {
    answerQuestion(evaluationId: $evaluationId, position: $position, answer: $answer, expectedVersion: $expectedVersion) {
      id
      version
      answers { id position answer }
    }
  }
`);

export const UPDATE_EVALUATION = graphql(`
  mutation UpdateEvaluation($id: ID!, $input: EvaluationInput!, $expectedVersion: Int) {
    updateEvaluation(id: $id, input: $input, expectedVersion: $expectedVersion) { id version }
  }
`);

export const CREATE_AGREEMENT = graphql(`
  mutation CreateAgreement($input: AgreementInput!) { createAgreement(input: $input) { id } }
`);

export const UPDATE_AGREEMENT = graphql(`
  mutation UpdateAgreement($id: ID!, $input: AgreementInput!, $expectedVersion: Int) {
    updateAgreement(id: $id, input: $input, expectedVersion: $expectedVersion) { id version nextFollowUpDue followUpIntervalYears followUpClause }
  }
`);

export const ADD_EVALUATION = graphql(`
  mutation AddEvaluation($input: EvaluationInput!) { addEvaluation(input: $input) { id } }
`);

export const AGREEMENT_TRAIL = graphql(`
  query AgreementTrail($id: ID!) { node(id: $id) { ... on Agreement { id changes { ...AuditChangeFields } } } }
`);
