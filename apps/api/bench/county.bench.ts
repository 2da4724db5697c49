// `pnpm bench` (pnpm --filter @bk/api bench): issue 11's workloads (W1–W6, county/workloads.ts)
// against a synthetic county on PostgreSQL at 1 000 and 10 000 grants (`--large` adds 100 000), 20
// concurrent clients. Prints req/s, p50/p95/p99, SQL statements per request and the API process's
// peak memory, with the same question as one hand-written SQL statement through pg beside it where
// there is one. Figures, not pass/fail.
//
// Beside them PostGraphile 5 (county/postgraphile-server.ts: amber preset, connection-filter,
// pg-aggregates, its own process, the API's pool settings) on the same database, asked each
// workload's question in its own schema. W1, W1 + totals, W2, W4 and W6 ask for the same rows (W1's
// year and W4's sums by year through the stored year shares, "GrantYearShare"; W6 on the same folded
// search columns); W3 and W5 fetch the rows our computed fields
// (financing per year, small-count protection) are made from, without computing them. PostGraphile
// runs without authentication or query limits; our API checks a session and the query's cost.
// Both servers run at once; per workload the API, PostGraphile and the raw SQL are measured back to
// back, one at a time, so a noisy moment on the machine falls on all three alike. Columns added:
// PostGraphile's req/s, p95 and peak RSS, "req/s ÷ PostGraphile" and our p95 ÷ the raw SQL's. A
// PostGraphile question refused on its first request stops the bench with its error.
//
//   BENCH_DATABASE_URL  the PostgreSQL server (default postgresql://postgres@127.0.0.1:5432/postgres);
//                       each size gets its own database bk_bench_<grants>, seeded once and kept.
//   BENCH_SIZES         grants per county, comma-separated (default 1000,10000), e.g. 1000 for a quick run.
//   BENCH_SECONDS       measured seconds per workload (default 5), BENCH_CLIENTS (default 20).
//   BENCH_WORKLOADS     only these workloads, by the name's first word, comma-separated (e.g. W0,W3); W0–W6 by
//                       default; W7 (the whole county's financing portfolio) only when named.
import pg from "pg";
import { type LoadResult, runLoad } from "./county/load";
import { type Api, databaseUrl, prepare, serverUrl, startServer } from "./county/servers";
import { type Picked, WORKLOADS, WORKLOADS_BY_NAME, type Workload } from "./county/workloads";

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const clients = Number(process.env.BENCH_CLIENTS ?? 20);
const sizes = process.env.BENCH_SIZES
  ? process.env.BENCH_SIZES.split(",").map(Number)
  : [1000, 10000, ...(process.argv.includes("--large") ? [100000] : [])];
const only = process.env.BENCH_WORKLOADS?.split(",");
// "W1" is W1 alone; its page variant ("W1 + …") is asked for as "W1+".
const chosen = [...WORKLOADS, ...(only ? WORKLOADS_BY_NAME : [])].filter(
  (w) => !only || only.includes(w.name.startsWith("W1 +") ? "W1+" : w.name.split(" ")[0]),
);
if (!chosen.length)
  throw new Error(
    `BENCH_WORKLOADS=${process.env.BENCH_WORKLOADS} names none of ${[...WORKLOADS, ...WORKLOADS_BY_NAME].map((w) => w.name.split(" ")[0]).join(", ")}`,
  );

type Row = {
  grants: number;
  workload: string;
  api: LoadResult;
  single: LoadResult;
  errors: number;
  statements: number;
  rssMiB: number;
  /** The server's CPU time per request under load (all its threads). */
  cpuMs: number;
  sql?: LoadResult;
  postgraphile?: LoadResult & { errors: number; rssMiB: number; cpuMs: number };
};
const rows: Row[] = [];

/**
 * One GraphQL request to `server` as a load step, counting the answers with errors. Its first answer
 * must have none: a question refused outright stops the bench with the server's own words.
 */
async function graphqlSender(server: Api, name: string, query: string, variables: Record<string, unknown>) {
  const counts = { sent: 0, failed: 0 };
  let firstError = "";
  const send = async () => {
    counts.sent++;
    const res = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(server.cookie ? { cookie: server.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json().catch(() => ({ errors: [`HTTP ${res.status}`] }))) as { errors?: unknown[] };
    if (body.errors) {
      counts.failed++;
      firstError ||= JSON.stringify(body.errors);
    }
  };
  await send();
  if (counts.failed) throw new Error(`${name}: ${firstError}`);
  counts.sent = 0;
  return { send, counts };
}

async function measure(api: Api, postgraphile: Api, pool: pg.Pool, grants: number, asked: Workload) {
  const picked: Picked | null = asked.pick ? await asked.pick(pool) : null;
  const w: Workload = picked
    ? { ...asked, variables: picked.variables, sql: asked.sql && { text: asked.sql.text, values: picked.values } }
    : asked;
  const ours = await graphqlSender(api, w.name, w.query, w.variables);
  const theirs = w.postgraphile
    ? await graphqlSender(postgraphile, `${w.name} (PostGraphile)`, w.postgraphile.query, w.postgraphile.variables?.(picked) ?? {})
    : undefined;
  await api.stats();
  const result = await runLoad(ours.send, { clients, seconds });
  const stats = await api.stats();
  const perRequest = stats.dataStatements / ours.counts.sent;
  const errors = ours.counts.failed;
  let pgl: Row["postgraphile"];
  if (theirs) {
    await postgraphile.stats();
    const load = await runLoad(theirs.send, { clients, seconds });
    const used = await postgraphile.stats();
    pgl = { ...load, errors: theirs.counts.failed, rssMiB: used.peakRss / 2 ** 20, cpuMs: used.cpuMs / theirs.counts.sent };
  }
  const sql = w.sql
    ? await runLoad(async () => void (await pool.query(w.sql?.text ?? "", w.sql?.values)), { clients, seconds })
    : undefined;
  // One client alone: the time a request takes without waiting behind others (how it grows with the county).
  const single = await runLoad(ours.send, { clients: 1, seconds: Math.min(seconds, 3), warmupSeconds: 0 });
  rows.push({
    grants,
    workload: w.name,
    api: result,
    single,
    errors,
    statements: perRequest,
    rssMiB: stats.peakRss / 2 ** 20,
    cpuMs: stats.cpuMs / ours.counts.sent,
    sql,
    postgraphile: pgl,
  });
  console.log(
    `${grants} grants, ${w.name}: ${result.perSecond.toFixed(1)} req/s${pgl ? ` (PostGraphile ${pgl.perSecond.toFixed(1)} req/s)` : ""}${sql ? ` (raw SQL ${sql.perSecond.toFixed(1)} req/s)` : ""}`,
  );
}

for (const grants of sizes) {
  await prepare(grants);
  // Both servers at once, each in its own process, so each workload measures them back to back.
  const [api, postgraphile] = await Promise.all([startServer("server.ts", grants), startServer("postgraphile-server.ts", grants)]);
  // The baseline runs with the API's connection settings (no JIT, see openDatabase).
  const pool = new pg.Pool({ connectionString: databaseUrl(grants), max: clients, options: "-c jit=off" });
  try {
    for (const w of chosen) await measure(api, postgraphile, pool, grants, w);
  } finally {
    await pool.end();
    await Promise.all([api.stop(), postgraphile.stop()]);
  }
}

const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(0)} ms`);
console.log(
  `\n${clients} clients, ${seconds} s per workload, PostgreSQL (${new URL(serverUrl).host}); API in production mode and PostGraphile 5, each its own process, measured one at a time.\n`,
);
const columns: [string, (r: Row) => string][] = [
  ["grants", (r) => String(r.grants)],
  ["workload", (r) => r.workload],
  ["req/s", (r) => r.api.perSecond.toFixed(1)],
  ["p50", (r) => ms(r.api.p50)],
  ["p95", (r) => ms(r.api.p95)],
  ["p99", (r) => ms(r.api.p99)],
  ["SQL statements / request", (r) => r.statements.toFixed(1)],
  ["API peak RSS", (r) => `${r.rssMiB.toFixed(0)} MiB`],
  ["raw SQL req/s", (r) => (r.sql ? r.sql.perSecond.toFixed(1) : "–")],
  ["raw SQL p95", (r) => (r.sql ? ms(r.sql.p95) : "–")],
  ["req/s ÷ raw SQL", (r) => (r.sql ? (r.api.perSecond / r.sql.perSecond).toFixed(2) : "–")],
  ["p95 ÷ raw SQL", (r) => (r.sql ? (r.api.p95 / r.sql.p95).toFixed(1) : "–")],
  ["PostGraphile req/s", (r) => (r.postgraphile ? r.postgraphile.perSecond.toFixed(1) : "–")],
  ["PostGraphile p95", (r) => (r.postgraphile ? ms(r.postgraphile.p95) : "–")],
  ["req/s ÷ PostGraphile", (r) => (r.postgraphile ? (r.api.perSecond / r.postgraphile.perSecond).toFixed(2) : "–")],
  ["PostGraphile peak RSS", (r) => (r.postgraphile ? `${r.postgraphile.rssMiB.toFixed(0)} MiB` : "–")],
  ["API CPU / request", (r) => `${r.cpuMs.toFixed(2)} ms`],
  ["PostGraphile CPU / request", (r) => (r.postgraphile ? `${r.postgraphile.cpuMs.toFixed(2)} ms` : "–")],
  ["CPU ÷ PostGraphile", (r) => (r.postgraphile ? (r.cpuMs / r.postgraphile.cpuMs).toFixed(1) : "–")],
  ["1 client p50", (r) => ms(r.single.p50)],
  ["failed under load (API / PostGraphile)", (r) => `${r.errors}${r.postgraphile ? ` / ${r.postgraphile.errors}` : ""}`],
];
console.log(`| ${columns.map(([title]) => title).join(" | ")} |`);
console.log(`| ${columns.map(([title]) => (title === "workload" ? "---" : "---:")).join(" | ")} |`);
for (const r of rows) console.log(`| ${columns.map(([, cell]) => cell(r)).join(" | ")} |`);
