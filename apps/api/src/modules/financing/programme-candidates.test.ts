import { type Database, openDatabase } from "@bk/domain/server";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Context } from "../../context";
import { programmeCandidates } from "./programme-candidates";

// A database this process migrated itself, as on a first start (the test runs' databases are copies
// of a migrated template): the embedded database then cannot send a parameter of an enum's array
// type created after it started, which the candidates' statement once did (every first start's
// portfolio failed).
let db: Database;
beforeAll(async () => {
  db = await openDatabase({ dataDir: "memory://" });
});
afterAll(() => db.close());

it("finds the programmes of a year on a database migrated by this very process", async () => {
  const programme = await db.prisma.programme.create({ data: { name: "Kvinnofridsmedel", startYear: 2015, endYear: 2016 } });
  const ctx = { prisma: db.prisma, viewer: null, loaders: new Map() } as unknown as Context;
  const subject = { projectId: "p", recipientIds: ["r"], recipientKinds: [] };
  const found = await programmeCandidates(ctx, { subject, years: [2015] });
  expect(found.map((p) => [p.name, p.grants, p.grantedKinds])).toEqual([["Kvinnofridsmedel", [], []]]);
  expect(programme.id).toBe(found[0].id);
});
