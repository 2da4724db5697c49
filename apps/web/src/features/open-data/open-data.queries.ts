import { graphql } from "../../gql";

export const OPEN_DATA_FIELDS = graphql(`
  fragment OpenDataFields on OpenDataSettings {
    giving360Public giving360JsonPath giving360CsvPath version updatedAt
    giving360Coverage { included leftOut }
  }
`);

export const OPEN_DATA_SETTINGS = graphql(`
  query OpenDataSettings { openDataSettings { ...OpenDataFields } }
`);

export const SET_OPEN_DATA_SETTINGS = graphql(`
  mutation SetOpenDataSettings($input: OpenDataSettingsInput!, $expectedVersion: Int) {
    setOpenDataSettings(input: $input, expectedVersion: $expectedVersion) { ...OpenDataFields }
  }
`);
