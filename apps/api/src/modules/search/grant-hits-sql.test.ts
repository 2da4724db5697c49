import { foldForSearch } from "@bk/domain";
import type { Prisma } from "@bk/domain/server";
import { seedSyntheticCounty } from "@bk/seed/synthetic";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { onPostgres, startTestApi, type TestApi } from "../../test/harness";
import { likeLiteral } from "../shared/like-literal";
import { whereSql } from "../shared/where-sql";
import { FEW_PARTIES, grantHitsSql } from "./grant-hits-sql";

// The search's grants, read part by part (grant-hits-sql.ts), are the ones the Prisma client
// finds with the five matches ORed in one where: the same rows in the same order.
let api: TestApi;
let projectIds: string[];
beforeAll(async () => {
  api = await startTestApi({ seed: false });
  await seedSyntheticCounty(api.db.prisma, { grants: 300, seed: 7 });
  projectIds = (await api.db.prisma.project.findMany({ select: { id: true }, orderBy: { id: "asc" }, take: 40 })).map((p) => p.id);
});
afterAll(() => api.close());

async function bothWays(text: string, take: number, visible: Prisma.GrantWhereInput) {
  const folded = likeLiteral(foldForSearch(text));
  const contains = { searchText: { contains: folded } };
  const ored = await api.db.prisma.grant.findMany({
    select: { id: true },
    take,
    orderBy: [{ title: "asc" }, { id: "asc" }],
    where: {
      ...visible,
      OR: [contains, { funder: contains }, { recipient: contains }, { applicant: contains }, { project: contains }],
    },
  });
  const parts = await api.db.prisma.$queryRaw<{ id: string }[]>(grantHitsSql(folded, take, whereSql("Grant", visible, "g")));
  return { ored: ored.map((g) => g.id), parts: parts.map((g) => g.id) };
}

describe(`the search's grants part by part (${onPostgres() ? "PostgreSQL" : "PGlite"})`, () => {
  it.each([
    ["a common word", "stöd", 20],
    ["a rarer one", "kvinnojour", 50],
    ["two letters", "ab", 10],
    ["a few organisations' kind", "(region)", 20],
    ["one hit at most", "1", 1],
    ["nothing", "zzqx", 20],
    ["a LIKE wildcard, as itself", "%", 20],
  ])("finds what the ORed where finds: %s", async (_what, text, take) => {
    const { ored, parts } = await bothWays(text, take, {});
    expect(parts).toEqual(ored);
  });

  it("reads the parties' grants both ways: one party at a time for a few matches, the title index for many", async () => {
    const matching = (text: string) => api.db.prisma.organisation.count({ where: { searchText: { contains: foldForSearch(text) } } });
    expect(await matching("(region)")).toBeGreaterThan(0);
    expect(await matching("(region)")).toBeLessThanOrEqual(FEW_PARTIES);
    expect(await matching("a")).toBeGreaterThan(FEW_PARTIES);
  });

  it("finds the same within a project lead's projects", async () => {
    const { ored, parts } = await bothWays("stöd", 50, { projectId: { in: projectIds } });
    expect(ored.length).toBeGreaterThan(0);
    expect(parts).toEqual(ored);
  });

  it("finds the same with more hits than asked for in every part", async () => {
    const { ored, parts } = await bothWays("a", 50, {});
    expect(ored).toHaveLength(50);
    expect(parts).toEqual(ored);
  });
});
