import { createGrant } from "@bk/seed/factories";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../test/harness";

// An aggregate is one statement, and the entities its keys carry are loaded together: the number
// of SQL statements is the same for a handful of groups and for many.

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: false });
});
afterAll(() => api.close());

const QUERY = `{
  grantAggregate(groupBy: [YEAR, FUNDER, PROJECT], first: 200) {
    totalCount totals { count amountGranted amountPaid }
    edges { node { count amountGranted keys { id label organisation { name parent { name } } project { name owner { name } } } } }
  }
  contributionAggregate(groupBy: [ORGANISATION, KIND], first: 100) {
    totalCount edges { node { amount cashAmount keys { label organisation { name } } } }
  }
  partnerRoleAggregate(groupBy: [PROJECT, ROLE], first: 100) {
    totalCount edges { node { count projectCount keys { label project { name } } } }
  }
}`;

type Answer = { [k in "grantAggregate" | "contributionAggregate" | "partnerRoleAggregate"]: { totalCount: number } };

/** Adds `n` grants, each with its own funder, recipient and project, a contribution and a role in the project. */
async function addGrants(n: number) {
  for (let i = 0; i < n; i++) {
    const g = await createGrant(api.db.prisma, { periodStartYear: 2008 + (i % 4), periodEndYear: 2010 + (i % 4), yearAmounts: undefined });
    const projectId = g.projectId as string;
    await api.db.prisma.contribution.create({
      data: { projectId, organisationId: g.funderId, year: 2010, kind: i % 2 ? "CASH" : "IN_KIND", amount: "1000", status: "COMMITTED" },
    });
    await api.db.prisma.partnerRole.create({ data: { projectId, organisationId: g.recipientId, role: "OWNER" } });
  }
}

async function statements() {
  api.statements.length = 0;
  const res = await api.gql<Answer>(QUERY);
  expect(res.errors).toBeUndefined();
  return { count: api.dataStatements().length, answer: res.data as Answer };
}

it("sends the same number of SQL statements for a few groups and for many (no N+1)", async () => {
  await addGrants(3);
  const few = await statements();
  await addGrants(25);
  const many = await statements();
  console.log(
    `SQL statements: ${few.count} for ${few.answer.grantAggregate.totalCount} grant groups, ${many.count} for ${many.answer.grantAggregate.totalCount}`,
  );
  expect(many.answer.grantAggregate.totalCount).toBeGreaterThan(5 * few.answer.grantAggregate.totalCount);
  expect(many.answer.contributionAggregate.totalCount).toBeGreaterThan(25);
  expect(many.answer.partnerRoleAggregate.totalCount).toBe(28);
  expect(few.count).toBeGreaterThan(2);
  expect(many.count).toBe(few.count);
});
