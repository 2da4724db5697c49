import { graphql } from "../../gql";

export const ATTENTION = graphql(`
  query Attention($today: Date, $horizonDays: Int) {
    attention(today: $today, horizonDays: $horizonDays) {
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
