import { graphql } from "../../gql";

export const PROGRAMME_OVERVIEW = graphql(`
  query ProgrammeOverview {
    programmeOverview {
      programmeId
      programmeName
      year
      nationalAllocation
      countyAllocation
      allocationApproximate
      applied
      granted
      disbursed
      grantCount
    }
  }
`);
