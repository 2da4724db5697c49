import { graphql } from "../../gql";

/** A possible source for a gap: who paid before, or a programme covering the year (FinancingWarnings shows them). */
export const POSSIBLE_SOURCE_FIELDS = graphql(`
  fragment PossibleSourceFields on PossibleSource { kind name link lastYear lastAmount lastRecipientName eligibility }
`);

export const PORTFOLIO = graphql(`
  query FinancingPortfolio($referenceYear: Int) {
    financingPortfolio(referenceYear: $referenceYear) {
      projectId
      referenceYear
      name
      phase
      thisYear { year need secured gap }
      nextYear { year need secured gap }
      latestYear { year need secured gap }
      warnings { kind year gap }
      nextUnfinancedYear { year need secured gap }
      nextUnfinancedWarnings { kind year gap possibleSourceCount }
    }
  }
`);

/**
 * What the portfolio's download holds (fetched when asked for, not kept in the cache): the page's figures
 * and, for each next unfinanced year, its possible sources by name, which the page only counts.
 */
export const PORTFOLIO_EXPORT = graphql(`
  query FinancingPortfolioExport($referenceYear: Int) {
    financingPortfolio(referenceYear: $referenceYear) {
      projectId
      name
      phase
      thisYear { year need secured gap }
      nextYear { year gap }
      warnings { kind year gap }
      nextUnfinancedYear { year gap }
      nextUnfinancedWarnings { kind year gap possibleSources { kind name } }
    }
  }
`);

/** What the page shows and edits of the project itself; the mutations answer with the same, so the cache stays current. */
export const PROJECT_FINANCING_FIELDS = graphql(`
  fragment ProjectFinancingFields on Project {
    id
    name
    phase
    owner { id name }
    budgetYears { id version year amount ownFunding note }
    contributions { id version year kind amount status description organisation { id name } }
    coFinancing {
      years
      partners { organisationId name total cells { year contributions { contributionId kind status amount description } } }
      yearTotals { year amount }
      total
    }
    pendingApplications { id title amountApplied funder { id name } }
    changes { ...AuditChangeFields }
  }
`);

export const PROJECT_FINANCING = graphql(`
  query ProjectFinancing($id: ID!, $from: Date) {
    node(id: $id) {
      __typename
      ... on Project {
        ...ProjectFinancingFields
        financingOpeningYear
        deadlines(from: $from) { date kind title grantId passed }
      }
    }
  }
`);

export const FINANCING_YEAR_FIELDS = graphql(`
  fragment FinancingYearFields on FinancingYear {
    year
    need
    needSource
    secured
    pending
    gap
    incomplete
    sources { key label kind state amount detail }
    totals { kind state amount }
  }
`);

/** The figures the API computes from all of the project's grants and contributions, under a what-if when one is given. */
export const PROJECT_FINANCING_FIGURES = graphql(`
  query ProjectFinancingFigures($id: ID!, $referenceYear: Int!, $whatIf: [WhatIfInput!]) {
    node(id: $id) {
      __typename
      ... on Project {
        id
        financing(whatIf: $whatIf) { ...FinancingYearFields }
        financingWarnings(referenceYear: $referenceYear, whatIf: $whatIf) {
          kind
          year
          gap
          possibleSources { ...PossibleSourceFields }
        }
      }
    }
  }
`);

export const SET_BUDGET_YEAR = graphql(`
  mutation SetBudgetYear($projectId: ID!, $input: BudgetYearInput!, $expectedVersion: Int) {
    setBudgetYear(projectId: $projectId, input: $input, expectedVersion: $expectedVersion) { ...ProjectFinancingFields }
  }
`);
export const DELETE_BUDGET_YEAR = graphql(`
  mutation DeleteBudgetYear($projectId: ID!, $year: Int!, $expectedVersion: Int) {
    deleteBudgetYear(projectId: $projectId, year: $year, expectedVersion: $expectedVersion) { ...ProjectFinancingFields }
  }
`);
export const ADD_CONTRIBUTION = graphql(`
  mutation AddContribution($projectId: ID!, $input: ContributionInput!) { addContribution(projectId: $projectId, input: $input) { ...ProjectFinancingFields } }
`);
export const UPDATE_CONTRIBUTION = graphql(`
  mutation UpdateContribution($id: ID!, $input: ContributionInput!, $expectedVersion: Int) {
    updateContribution(id: $id, input: $input, expectedVersion: $expectedVersion) { ...ProjectFinancingFields }
  }
`);
export const DELETE_CONTRIBUTION = graphql(`
  mutation DeleteContribution($id: ID!, $expectedVersion: Int) {
    deleteContribution(id: $id, expectedVersion: $expectedVersion) { ...ProjectFinancingFields }
  }
`);
