import { type ProtectableObservation, protectionGroupOf, protectObservations } from "@bk/domain";
import { hidingGroupsSql } from "@bk/domain/server";
import { createOrganisation, createProject } from "@bk/seed/factories";
import { createRandom } from "@bk/seed/random";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../test/harness";

/**
 * hidingGroupsSql (the SQL the aggregate protects by) must name exactly the protection groups in
 * which the domain's protectObservations hides a value: a few hundred random groups (a total or
 * none, 0–4 breakdowns, values near the thresholds, reported by a project, an organisation or
 * nobody), compared at every threshold from 3 to 10.
 */
let api: TestApi;
let stored: ProtectableObservation[] = [];

beforeAll(async () => {
  api = await startTestApi({ seed: false });
  const db = api.db.prisma;
  const { next } = createRandom(13);
  const int = (n: number) => Math.floor(next() * n);
  const project = await createProject(db);
  const organisation = await createOrganisation(db);
  const indicators = await Promise.all(
    [true, true, false].map((countsPeople, i) => db.indicator.create({ data: { name: `Indikator ${i}`, unit: "personer", countsPeople } })),
  );
  const rows = [];
  for (let g = 0; g < 300; g++) {
    const indicatorId = indicators[int(indicators.length)].id;
    const year = 1900 + g;
    const reporter = [
      { projectId: project.id },
      { projectId: project.id, organisationId: organisation.id },
      { organisationId: organisation.id },
      {},
    ][int(4)];
    const value = () => (next() < 0.5 ? int(40) : int(12));
    const parts = Array.from({ length: int(5) }, value);
    const total = next() < 0.8 ? parts.reduce((a, b) => a + b, 0) + value() : null;
    const period = { periodStart: new Date(Date.UTC(year, 0, 1)), periodEnd: new Date(Date.UTC(year, 11, 31)) };
    if (total !== null) rows.push({ indicatorId, ...reporter, ...period, breakdown: null, value: total });
    for (const [i, v] of parts.entries()) rows.push({ indicatorId, ...reporter, ...period, breakdown: `Del ${i}`, value: v });
  }
  await db.observation.createMany({ data: rows });
  const people = new Set(indicators.filter((i) => i.countsPeople).map((i) => i.id));
  stored = (await db.observation.findMany())
    .filter((o) => people.has(o.indicatorId))
    .map((o) => ({
      ...o,
      periodStart: o.periodStart?.toISOString().slice(0, 10) ?? null,
      periodEnd: o.periodEnd?.toISOString().slice(0, 10) ?? null,
      value: Number(o.value),
    }));
});
afterAll(() => api.close());

it("names exactly the groups in which protectObservations hides a value, at every threshold", async () => {
  let hidingSomewhere = 0;
  for (let threshold = 3; threshold <= 10; threshold++) {
    const protectedCells = protectObservations(stored, threshold);
    const expected = new Set(stored.filter((o) => protectedCells.get(o.id)?.suppressed).map(protectionGroupOf));
    const rows = await api.db.prisma.$queryRawUnsafe<{ indicatorId: string; periodStart: Date; periodEnd: Date; population: string }[]>(
      hidingGroupsSql(`SELECT "id" FROM "Indicator"`, threshold),
    );
    const got = new Set(
      rows.map((r) =>
        [r.indicatorId, r.periodStart.toISOString().slice(0, 10), r.periodEnd.toISOString().slice(0, 10), r.population].join("|"),
      ),
    );
    expect([...got].sort()).toEqual([...expected].sort());
    hidingSomewhere += expected.size;
  }
  // The comparison means something: many groups hide values, and many do not.
  expect(hidingSomewhere).toBeGreaterThan(100);
  expect(new Set(stored.map(protectionGroupOf)).size * 8 - hidingSomewhere).toBeGreaterThan(100);
});
