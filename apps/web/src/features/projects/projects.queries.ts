import { graphql } from "../../gql";

/** What the list and the hub both show of a project: its name, phase, place, period and parties. */
export const PROJECT_HEADER = graphql(`
  fragment ProjectHeader on Project {
    id
    name
    phase
    municipality
    startDate
    startPrecision
    endDate
    endPrecision
    owner { id name }
    operator { id name }
  }
`);

export const PROJECTS = graphql(`
  query Projects($where: ProjectWhere) {
    projects(where: $where, first: 100, orderBy: [{ field: NAME }]) {
      totalCount
      edges {
        node {
          ...ProjectHeader
          grants(first: 1) { totalCount }
        }
      }
    }
  }
`);

export const PROJECT_HUB = graphql(`
  query ProjectHub($id: ID!, $from: Date) {
    node(id: $id) {
      __typename
      ... on Project {
        ...ProjectHeader
        description
        lead
        targetGroup
        goals { id text longTerm position }
        phases { id phase fromYear toYear note }
        partnerRoles { id role fromYear toYear organisation { id name } }
        grants(first: 100) {
          totalCount
          edges { node { ...GrantRow } }
        }
        evaluations { id title kind date dueDate }
        observations { id indicator { id name unit } }
        activities { id title date datePrecision }
        financingOpeningYear
        deadlines(from: $from) { date kind title grantId passed }
        sourcePassage { ...Passage }
      }
    }
  }
`);
