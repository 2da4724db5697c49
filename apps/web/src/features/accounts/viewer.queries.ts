import { graphql } from "../../gql";

// Who is logged in: asked on every first page, so kept apart from the account pages' documents.
export const VIEWER_FIELDS = graphql(`
  fragment ViewerFields on User {
    id
    email
    name
    roles
    permissions
    version
    projects { id name }
  }
`);

export const VIEWER = graphql(`
  query Viewer {
    viewer { ...ViewerFields }
  }
`);
