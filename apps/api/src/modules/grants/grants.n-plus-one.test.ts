import { createGrant, createOrganisation } from "@bk/seed/factories";
import { afterAll, beforeAll, expect, it } from "vitest";
import { graphql } from "../../test/graphql";
import { startTestApi, type TestApi } from "../../test/harness";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: false });
  const funder = await createOrganisation(api.db.prisma, { name: "Länsstyrelsen", kind: "COUNTY_BOARD" });
  for (let i = 0; i < 50; i++) await createGrant(api.db.prisma, { funderId: funder.id });
});
afterAll(() => api.close());

const NESTED = graphql(`
  query NPlusOneNestedGrants($first: Int!) {
    grants(first: $first) {
      totalCount
      edges {
        node {
          title amountGranted
          funder { name }
          recipient { name parent { name } }
          project { name owner { name } partnerRoles { role } }
          yearAmounts { year amountGranted }
          conditions { text dueDate sourcePassage { quote } }
          reportRequirements { dueDate }
          disbursements { amount }
          allowedTransitions { to allowed reason }
        }
      }
    }
  }
`);

async function statementsFor(first: number) {
  api.statements.length = 0;
  const res = await api.gql(NESTED, { first });
  expect(res.errors).toBeUndefined();
  expect(res.data?.grants.edges).toHaveLength(first);
  // Not who asks: the session's look-up is kept for a few seconds (auth/lookup-cache.ts).
  return api.dataStatements().length;
}

it("sends the same number of SQL statements for 5 and for 50 grants (no N+1)", async () => {
  const five = await statementsFor(5);
  const fifty = await statementsFor(50);
  console.log(`SQL statements: ${five} for 5 grants, ${fifty} for 50 grants`);
  expect(five).toBeGreaterThan(0);
  expect(fifty).toBe(five);
});
