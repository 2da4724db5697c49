import { graphql } from "../../gql";

/** What the list shows of an item (and the download holds). */
export const ATTENTION_ITEM_FIELDS = graphql(`
  fragment AttentionItemFields on AttentionItem {
    kind
    grantId
    grantTitle
    itemId
    text
    dueDate
    daysLeft
    amountGranted
    amountPaid
  }
`);

/**
 * The list a page at a time (most urgent first), with how many items there are of each kind: a
 * county's list holds thousands, counted and ordered by the API.
 */
export const ATTENTION = graphql(`
  query Attention($today: Date, $horizonDays: Int, $where: GrantWhere, $kinds: [AttentionKind!], $first: Int, $after: String) {
    attention(today: $today, horizonDays: $horizonDays, where: $where, kinds: $kinds, first: $first, after: $after) {
      totalCount
      kindCounts { kind count }
      pageInfo { hasNextPage endCursor }
      edges { node { ...AttentionItemFields } }
    }
  }
`);

/** The download: every item of the chosen kinds, the largest pages the API gives, asked for when it is. */
export const ATTENTION_EXPORT = graphql(`
  query AttentionExport($today: Date, $horizonDays: Int, $where: GrantWhere, $kinds: [AttentionKind!], $after: String) {
    attention(today: $today, horizonDays: $horizonDays, where: $where, kinds: $kinds, first: 500, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { ...AttentionItemFields } }
    }
  }
`);
