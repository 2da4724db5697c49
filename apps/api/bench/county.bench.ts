// `pnpm bench` (pnpm --filter @bk/api bench): issue 11's W1 and W4 against a synthetic county on
// PostgreSQL at 1 000 and 10 000 grants (`--large` adds 100 000), 20 concurrent clients. Prints
// req/s, p50/p95/p99, SQL statements per request and the API process's peak memory, with the
// same question as one hand-written SQL statement through pg beside it. Figures, not pass/fail.
//
//   BENCH_DATABASE_URL  the PostgreSQL server (default postgresql://postgres@127.0.0.1:5432/postgres);
//                       each size gets its own database bk_bench_<grants>, seeded once and kept.
//   BENCH_SECONDS       measured seconds per workload (default 5), BENCH_CLIENTS (default 20).
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { openDatabase } from "@bk/domain/server";
import { seedSyntheticCounty } from "@bk/seed/synthetic";
import pg from "pg";
import { type LoadResult, runLoad } from "./county/load";
import { WORKLOADS, type Workload } from "./county/workloads";

const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const clients = Number(process.env.BENCH_CLIENTS ?? 20);
const sizes = process.env.BENCH_SIZES
  ? process.env.BENCH_SIZES.split(",").map(Number)
  : [1000, 10000, ...(process.argv.includes("--large") ? [100000] : [])];

const databaseUrl = (grants: number) => {
  const url = new URL(serverUrl);
  url.pathname = `/bk_bench_${grants}`;
  return url.toString();
};

/** The county of `grants` grants in its own database: created and seeded the first time only. */
async function prepare(grants: number) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [`bk_bench_${grants}`]);
  if (!exists.rowCount) await admin.query(`CREATE DATABASE bk_bench_${grants}`);
  await admin.end();
  const db = await openDatabase({ url: databaseUrl(grants) });
  const started = Date.now();
  const seeded = await seedSyntheticCounty(db.prisma, { grants });
  if (!seeded.skipped) console.log(`seeded ${grants} grants in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  await db.prisma.$executeRawUnsafe("ANALYZE");
  await db.close();
}

type Api = {
  url: string;
  cookie: string;
  stats(): Promise<{ statements: number; dataStatements: number; peakRss: number }>;
  stop(): Promise<void>;
};

async function startApi(grants: number): Promise<Api> {
  const child = fork(fileURLToPath(new URL("./county/server.ts", import.meta.url)), {
    execArgv: ["--import", "tsx"],
    env: { ...process.env, BENCH_DATABASE_URL: databaseUrl(grants), NODE_ENV: "production" },
  });
  const next = <T>() => new Promise<T>((resolve) => child.once("message", (m) => resolve(m as T)));
  const { url, cookie } = await next<{ url: string; cookie: string }>();
  return {
    url,
    cookie,
    stats: () => {
      const reply = next<{ statements: number; dataStatements: number; peakRss: number }>();
      child.send({ stats: true });
      return reply;
    },
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.send({ stop: true });
      }),
  };
}

type Row = {
  grants: number;
  workload: string;
  api: LoadResult;
  single: LoadResult;
  errors: number;
  statements: number;
  rssMiB: number;
  sql?: LoadResult;
};
const rows: Row[] = [];

async function measure(api: Api, pool: pg.Pool, grants: number, asked: Workload) {
  const picked = asked.pick ? await asked.pick(pool) : null;
  const w: Workload = picked
    ? { ...asked, variables: picked.variables, sql: asked.sql && { text: asked.sql.text, values: picked.values } }
    : asked;
  let sent = 0;
  let failed = 0;
  let firstError = "";
  const send = async () => {
    sent++;
    const res = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: api.cookie },
      body: JSON.stringify({ query: w.query, variables: w.variables }),
    });
    const body = (await res.json().catch(() => ({ errors: [`HTTP ${res.status}`] }))) as { errors?: unknown[] };
    if (body.errors) {
      failed++;
      firstError ||= JSON.stringify(body.errors);
    }
  };
  await send();
  if (failed) throw new Error(`${w.name}: ${firstError}`); // refused outright: stop with the API's own words
  await api.stats();
  sent = 0;
  const result = await runLoad(send, { clients, seconds });
  const stats = await api.stats();
  const perRequest = stats.dataStatements / sent;
  const errors = failed;
  // One client alone: the time a request takes without waiting behind others (how it grows with the county).
  const single = await runLoad(send, { clients: 1, seconds: Math.min(seconds, 3), warmupSeconds: 0 });
  const sql = w.sql
    ? await runLoad(async () => void (await pool.query(w.sql?.text ?? "", w.sql?.values)), { clients, seconds })
    : undefined;
  rows.push({ grants, workload: w.name, api: result, single, errors, statements: perRequest, rssMiB: stats.peakRss / 2 ** 20, sql });
  console.log(
    `${grants} grants, ${w.name}: ${result.perSecond.toFixed(1)} req/s${sql ? ` (raw SQL ${sql.perSecond.toFixed(1)} req/s)` : ""}`,
  );
}

for (const grants of sizes) {
  await prepare(grants);
  const api = await startApi(grants);
  // The baseline runs with the API's connection settings (no JIT, see openDatabase).
  const pool = new pg.Pool({ connectionString: databaseUrl(grants), max: clients, options: "-c jit=off" });
  try {
    for (const w of WORKLOADS) await measure(api, pool, grants, w);
  } finally {
    await pool.end();
    await api.stop();
  }
}

const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(0)} ms`);
console.log(
  `\n${clients} clients, ${seconds} s per workload, PostgreSQL (${new URL(serverUrl).host}); API in production mode, its own process.\n`,
);
console.log(
  "| grants | workload | req/s | p50 | p95 | p99 | SQL statements / request | API peak RSS | raw SQL req/s | raw SQL p95 | req/s ÷ raw SQL | 1 client p50 | failed under load |",
);
console.log("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const r of rows) {
  const ratio = r.sql ? (r.api.perSecond / r.sql.perSecond).toFixed(2) : "–";
  console.log(
    `| ${r.grants} | ${r.workload} | ${r.api.perSecond.toFixed(1)} | ${ms(r.api.p50)} | ${ms(r.api.p95)} | ${ms(r.api.p99)} | ${r.statements.toFixed(1)} | ${r.rssMiB.toFixed(0)} MiB | ${r.sql ? r.sql.perSecond.toFixed(1) : "–"} | ${r.sql ? ms(r.sql.p95) : "–"} | ${ratio} | ${ms(r.single.p50)} | ${r.errors} |`,
  );
}
