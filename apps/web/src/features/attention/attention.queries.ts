import { graphql } from "../../gql";

export const ATTENTION = graphql(`
  query Attention($today: Date, $horizonDays: Int, $where: GrantWhere) {
    attention(today: $today, horizonDays: $horizonDays, where: $where) {
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
  }
`);
