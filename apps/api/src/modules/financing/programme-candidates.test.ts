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

it("gives each project of a batch the programme's grants to it and to its recipients only, in the statement's order", async () => {
  const { createGrant, createOrganisation } = await import("../../../../../prisma/seed/factories");
  const programme = await db.prisma.programme.create({ data: { name: "Utvecklingsmedel", startYear: 2010, endYear: 2010 } });
  const [a, b, c] = await Promise.all([0, 1, 2].map(() => createOrganisation(db.prisma, { kind: "MUNICIPALITY" })));
  const toA = await createGrant(db.prisma, { programmeId: programme.id, recipientId: a.id });
  const toAOther = await createGrant(db.prisma, { programmeId: programme.id, recipientId: a.id });
  const toB = await createGrant(db.prisma, { programmeId: programme.id, recipientId: b.id });
  const toC = await createGrant(db.prisma, { programmeId: programme.id, recipientId: c.id });
  // A viewer who reads everything (what a programme granted other projects counts only where the viewer may see them).
  const viewer = { permissions: new Set(["read:all"]), projectIds: [] };
  const ctx = { prisma: db.prisma, viewer, loaders: new Map() } as unknown as Context;
  const ask = (projectId: string, recipientIds: string[]) =>
    programmeCandidates(ctx, { subject: { projectId, recipientIds, recipientKinds: ["MUNICIPALITY"] }, years: [2010] });
  // One batch (one statement) for the three: A's project, B's project that C's grant also went to, and one with none.
  const [forA, forB, none] = await Promise.all([
    ask(toA.projectId ?? "", [a.id]),
    ask(toB.projectId ?? "", [b.id, c.id]),
    ask("no-such-project", ["no-such-recipient"]),
  ]);
  const ids = (found: Awaited<ReturnType<typeof ask>>) =>
    found.find((p) => p.id === programme.id)?.grants.map((g) => `${g.projectId}:${g.recipientId}`);
  const key = (g: { projectId: string | null; recipientId: string }) => `${g.projectId}:${g.recipientId}`;
  const inOrder = (...grants: (typeof toA)[]) => [...grants].sort((x, y) => (x.id < y.id ? -1 : 1)).map(key);
  expect(ids(forA)).toEqual(inOrder(toA, toAOther));
  expect(ids(forB)).toEqual(inOrder(toB, toC));
  expect(ids(none)).toEqual([]);
  // What decides eligibility is the programme's, not the project's: every kind it granted to.
  expect(forB.find((p) => p.id === programme.id)?.grantedKinds).toEqual(["MUNICIPALITY"]);
});
