// `tsx bench/observation-aggregate.bench.ts`: observationAggregate's statements on PostgreSQL over a
// synthetic statistics table (default 300 000 values: 40 indicators, half counting people, 250
// projects, 10 years, a total and two breakdowns, some small counts). Prints each grouping's time
// (median of 5) with its page and totals statements. Figures, not pass/fail.
//
//   BENCH_DATABASE_URL  the PostgreSQL server (default postgresql://postgres@127.0.0.1:5432/postgres);
//                       the data goes into its own database bk_bench_observations, made once and kept.
//   BENCH_OBSERVATION_PROJECTS  projects (default 250: 250 projects × 40 indicators × 10 years × 3 values).
import { openDatabase, Prisma } from "@bk/domain/server";
import pg from "pg";
import {
  type AggregateRequest,
  aggregatePageSql,
  aggregateTotalsSql,
  type ObservationDimension,
} from "../src/modules/statistics/observation-aggregate-sql";

const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const projects = Number(process.env.BENCH_OBSERVATION_PROJECTS ?? 250);
const name = "bk_bench_observations";
const url = new URL(serverUrl);
url.pathname = `/${name}`;

async function prepare() {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
  if (!exists.rowCount) await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const db = await openDatabase({ url: url.toString() });
  const [{ n }] = await db.prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Observation"`;
  if (n === 0) {
    const started = Date.now();
    await db.prisma.$executeRawUnsafe(`INSERT INTO "Indicator" ("id", "name", "unit", "countsPeople", "updatedAt")
      SELECT 'i' || k, 'Indikator ' || k, CASE WHEN k % 2 = 0 THEN 'personer' ELSE 'samtal' END, k % 2 = 0, now() FROM generate_series(1, 40) k ON CONFLICT DO NOTHING`);
    await db.prisma.$executeRawUnsafe(`INSERT INTO "Project" ("id", "name", "phase", "updatedAt")
      SELECT 'p' || k, 'Projekt ' || k, 'PROJECT', now() FROM generate_series(1, ${projects}) k ON CONFLICT DO NOTHING`);
    // A total and two breakdowns per project, indicator and year; about one group in twenty has a small count.
    await db.prisma.$executeRawUnsafe(`INSERT INTO "Observation" ("id", "indicatorId", "projectId", "periodStart", "periodEnd", "breakdown", "value", "updatedAt")
      SELECT gen_random_uuid()::text, 'i' || i, 'p' || p, make_date(2010 + y, 1, 1), make_date(2010 + y, 12, 31), b.name,
        CASE WHEN b.name IS NULL THEN 60 + (i * p + y) % 40 WHEN b.name = 'Bosatta' THEN 30 + (i + p + y) % 25
          ELSE CASE WHEN (i + p + y) % 20 = 0 THEN 3 ELSE 10 + (p + y) % 10 END END, now()
      FROM generate_series(1, 40) i, generate_series(1, ${projects}) p, generate_series(0, 9) y,
        (VALUES (NULL), ('Bosatta'), ('Ej bosatta')) b(name)`);
    await db.prisma.$executeRawUnsafe("ANALYZE");
    console.log(`seeded ${projects * 40 * 10 * 3} values in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  return db;
}

const GROUPINGS: ObservationDimension[][] = [
  [],
  ["INDICATOR", "YEAR"],
  ["INDICATOR", "YEAR", "BREAKDOWN"],
  ["INDICATOR", "PROJECT", "YEAR", "BREAKDOWN"],
];

async function main() {
  const db = await prepare();
  const timed = async (sql: Prisma.Sql) => {
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      await db.prisma.$queryRaw(sql);
      runs.push(performance.now() - started);
    }
    return runs.sort((a, b) => a - b)[2];
  };
  console.log("groupBy | page of 100 (ms) | totals (ms) | protected");
  for (const dimensions of GROUPINGS) {
    for (const rawFigures of [false, true]) {
      const r: AggregateRequest = { filter: Prisma.sql`TRUE`, dimensions, threshold: 5, rawFigures };
      const page = await timed(aggregatePageSql(r, [{ field: "SUM", direction: "DESC" }], 0, 100));
      const totals = await timed(aggregateTotalsSql(r));
      console.log(`[${dimensions.join(", ")}] | ${page.toFixed(0)} | ${totals.toFixed(0)} | ${rawFigures ? "no (raw)" : "yes"}`);
    }
  }
  await db.close();
}

await main();
