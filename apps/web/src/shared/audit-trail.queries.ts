import { graphql } from "../gql";

/** What the audit trail and the timeline show of each change: who, when, what, and its fields with names. */
export const AUDIT_CHANGE_FIELDS = graphql(`
  fragment AuditChangeFields on AuditChange {
    id createdAt actor action entityType entityId version
    fields { field before after beforeName afterName }
  }
`);
