import { graphql } from "../gql";

/** What the audit trail shows of each change. */
export const AUDIT_ENTRY_FIELDS = graphql(`
  fragment AuditEntryFields on AuditEntry { id createdAt actor action entityType field before after version }
`);
