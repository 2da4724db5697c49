import { graphql } from "../../gql";

export const PORTFOLIO = graphql(`
  query FinancingPortfolio($referenceYear: Int!) {
    financingPortfolio(referenceYear: $referenceYear) {
      projectId
      name
      phase
      thisYear { year need secured gap }
      nextYear { year need secured gap }
      latestYear { year need secured gap }
      warnings { kind year gap }
    }
  }
`);

export const PROJECT_FINANCING_FIELDS = graphql(`
  fragment ProjectFinancingFields on Project {
    id
    name
    phase
    owner { id name }
    budgetYears { id year amount ownFunding note }
    contributions { id year kind amount status description organisation { id name } }
    grants(first: 100) {
      edges {
        node {
          id
          title
          status
          amountApplied
          amountGranted
          periodStartYear
          periodEndYear
          decisionDate
          funder { id name }
          yearAmounts { year amountApplied amountGranted }
        }
      }
    }
  }
`);

export const PROJECT_FINANCING = graphql(`
  query ProjectFinancing($id: ID!, $from: Date) {
    node(id: $id) {
      __typename
      ... on Project {
        ...ProjectFinancingFields
        deadlines(from: $from) { date kind title grantId passed }
      }
    }
  }
`);

export const SET_BUDGET_YEAR = graphql(`
  mutation SetBudgetYear($projectId: ID!, $input: BudgetYearInput!) { setBudgetYear(projectId: $projectId, input: $input) { ...ProjectFinancingFields } }
`);
export const DELETE_BUDGET_YEAR = graphql(`
  mutation DeleteBudgetYear($projectId: ID!, $year: Int!) { deleteBudgetYear(projectId: $projectId, year: $year) { ...ProjectFinancingFields } }
`);
export const ADD_CONTRIBUTION = graphql(`
  mutation AddContribution($projectId: ID!, $input: ContributionInput!) { addContribution(projectId: $projectId, input: $input) { ...ProjectFinancingFields } }
`);
export const UPDATE_CONTRIBUTION = graphql(`
  mutation UpdateContribution($id: ID!, $input: ContributionInput!) { updateContribution(id: $id, input: $input) { ...ProjectFinancingFields } }
`);
export const DELETE_CONTRIBUTION = graphql(`
  mutation DeleteContribution($id: ID!) { deleteContribution(id: $id) { ...ProjectFinancingFields } }
`);
