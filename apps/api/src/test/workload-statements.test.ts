import { seedSyntheticCounty } from "@bk/seed/synthetic";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WORKLOADS as TIMED, WORKLOADS_BY_NAME, type Workload } from "../../bench/county/workloads";
import { startTestApi, type TestApi } from "./harness";

/**
 * Issue 11's workloads (the questions `pnpm bench` times) send a number of SQL statements that
 * does not grow with the county: the same at two sizes, and within the budget below (about one per
 * level of nesting, the lists' count and the viewer's session aside).
 */
const BUDGET: Record<string, number> = {
  W0: 0, // nothing but who is asking (not counted: it is not the product's data)
  W1: 2, // the page with its relations (one statement, joined), its totalCount
  W2: 1, // the grant with conditions, reports, payments, the project and its partner roles
  W3: 2, // the project with what its financing reads; the programmes that could close its gaps (one statement)
  W4: 1, // one GROUP BY
  W5: 2, // the indicator; its whole history once, for the values the caller may read and their protection
  W6: 4, // the grants' ids (one UNION, each part on its own indexes), the grants, projects, organisations
  W7: 2, // every project with what its financing reads; the programmes that could close their gaps (one statement)
};

const WORKLOADS = [...TIMED, ...WORKLOADS_BY_NAME];

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: false });
});
afterAll(() => api.close());

/** The rows a workload's `pick` reads, through the test database's own client. */
const db = {
  query: async (text: string) => ({ rows: (await api.db.prisma.$queryRawUnsafe(text)) as Record<string, unknown>[] }),
};

async function statements(w: Workload): Promise<number> {
  const variables = w.pick ? (await w.pick(db)).variables : w.variables;
  api.statements.length = 0;
  const res = await api.gql(w.query, variables);
  expect(res.errors, w.name).toBeUndefined();
  return api.dataStatements().length;
}

/** Each workload in turn (the statements are counted per request). */
async function countAll(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const w of WORKLOADS) counts[w.name] = await statements(w);
  return counts;
}

describe("statements per workload", () => {
  it("are as many for a county of 60 grants as for one of 360, and within each workload's budget", async () => {
    await seedSyntheticCounty(api.db.prisma, { grants: 60, seed: 21 });
    const small = await countAll();
    await seedSyntheticCounty(api.db.prisma, { grants: 300, seed: 22 });
    const large = await countAll();
    console.log(WORKLOADS.map((w) => `${w.name}: ${small[w.name]} / ${large[w.name]}`).join("\n"));
    expect(large).toEqual(small);
    for (const w of WORKLOADS) {
      const budget = BUDGET[w.name.split(" ")[0]];
      expect(small[w.name], w.name).toBeLessThanOrEqual(budget + (w.name.includes("totals") ? 1 : 0));
    }
  });
});
