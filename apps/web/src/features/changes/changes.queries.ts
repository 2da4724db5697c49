import { graphql } from "../../gql";

/** A page of the whole trail, one item per action, each with the record it concerns by name. */
export const AUDIT_CHANGES = graphql(`
  query AuditChanges($where: AuditEntryWhere, $first: Int, $after: String) {
    auditChanges(where: $where, first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { ...AuditChangeFields subjectName } }
    }
  }
`);
