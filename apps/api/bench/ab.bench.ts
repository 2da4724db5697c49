// `pnpm --filter @bk/api bench:ab -- <other checkout> [W1,W5 …]`: this checkout's API against another's
// (e.g. `git worktree add ../base main`, installed), on the same county, measured interleaved: both
// servers run at once and take turns, a batch of requests to one then the same batch to the other, so
// that a busy moment of the machine falls on both alike. Prints each one's CPU time per request (all
// threads) and median batch time, and the ratio: on a shared machine, where req/s of one build moves by
// a quarter between runs, these repeat within a few per cent. Figures, not pass/fail.
//
//   BENCH_GRANTS   the county (default 10000; seeded once as `pnpm bench` does)
//   BENCH_SECONDS  measured seconds per workload (default 10), BENCH_BATCH requests per turn (default 2)
// The other checkout must have bench/county/process-stats.ts (any commit from 2026-11-24 on).
import path from "node:path";
import pg from "pg";
import { type Api, databaseUrl, prepare, startServer } from "./county/servers";
import { WORKLOADS, WORKLOADS_BY_NAME } from "./county/workloads";

const [other, names] = process.argv.slice(2).filter((a) => a !== "--");
if (!other) {
  console.error("usage: pnpm --filter @bk/api bench:ab -- <other checkout> [W1,W5 …]");
  process.exit(2);
}
const grants = Number(process.env.BENCH_GRANTS ?? 10000);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const batch = Number(process.env.BENCH_BATCH ?? 2);
const asked = names ? names.split(",") : WORKLOADS.map((w) => w.name.split(" ")[0]);

await prepare(grants);
const base = await startServer("server.ts", grants, { cwd: path.resolve(other, "apps/api") });
const ours = await startServer("server.ts", grants);

const sender = (api: Api, query: string, variables: Record<string, unknown>) => async () => {
  const res = await fetch(api.url, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: api.cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const pool = new pg.Pool({ connectionString: databaseUrl(grants) });

console.log(`| workload | other CPU / request | this CPU / request | this ÷ other | other batch p50 | this batch p50 | requests each |`);
console.log(`| --- | ---: | ---: | ---: | ---: | ---: | ---: |`);
try {
  for (const w of [...WORKLOADS, ...WORKLOADS_BY_NAME].filter((w) => asked.includes(w.name.split(" ")[0]))) {
    const variables = w.pick ? (await w.pick(pool)).variables : w.variables;
    const [a, b] = [sender(base, w.query, variables), sender(ours, w.query, variables)];
    for (let i = 0; i < 20; i++) await Promise.all([a(), b()]); // warm both
    await Promise.all([base.stats(), ours.stats()]);
    const times: [number[], number[]] = [[], []];
    let n = 0;
    for (const until = Date.now() + seconds * 1000; Date.now() < until; n += batch) {
      for (const [i, send] of [a, b].entries()) {
        const started = performance.now();
        await Promise.all(Array.from({ length: batch }, send));
        times[i].push(performance.now() - started);
      }
    }
    const [sa, sb] = await Promise.all([base.stats(), ours.stats()]);
    console.log(
      `| ${w.name} | ${(sa.cpuMs / n).toFixed(2)} ms | ${(sb.cpuMs / n).toFixed(2)} ms | ${(sb.cpuMs / sa.cpuMs).toFixed(3)} | ${median(times[0]).toFixed(1)} ms | ${median(times[1]).toFixed(1)} ms | ${n} |`,
    );
  }
} finally {
  await pool.end();
  await Promise.all([base.stop(), ours.stop()]);
}
