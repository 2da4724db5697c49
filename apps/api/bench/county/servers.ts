import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { openDatabase } from "@bk/domain/server";
import { seedSyntheticCounty } from "@bk/seed/synthetic";
import pg from "pg";
import { SERVER_NODE_FLAGS } from "../../scripts/server-flags.mjs";

/** The PostgreSQL server the benches use (BENCH_DATABASE_URL, default the local one). */
export const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

/** The database of the county of `grants` grants: bk_bench_<grants> on the same server. */
export const databaseUrl = (grants: number) => {
  const url = new URL(serverUrl);
  url.pathname = `/bk_bench_${grants}`;
  return url.toString();
};

/** The county of `grants` grants in its own database: created and seeded the first time only. */
export async function prepare(grants: number) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [`bk_bench_${grants}`]);
  if (!exists.rowCount) await admin.query(`CREATE DATABASE bk_bench_${grants}`);
  await admin.end();
  const db = await openDatabase({ url: databaseUrl(grants) });
  const started = Date.now();
  const seeded = await seedSyntheticCounty(db.prisma, { grants });
  if (!seeded.skipped) console.log(`seeded ${grants} grants in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  // A steady state, as autovacuum leaves a database in use: just after the seed no page is marked all-visible,
  // so index-only scans read the table too, and GIN indexes (search) still hold their pending lists. Seen: W3's
  // programme statement ~5 ms before, ~3 ms after; PostGraphile's search (W6) moved most. Quick once done.
  await db.prisma.$executeRawUnsafe("VACUUM ANALYZE");
  await db.close();
}

/** What a server process reports since it was last asked (process-stats.ts). */
export type Stats = { statements: number; dataStatements: number; peakRss: number; cpuMs: number };

export type Api = {
  url: string;
  cookie: string;
  stats(): Promise<Stats>;
  stop(): Promise<void>;
};

/**
 * A GraphQL server in its own process: our API (server.ts) or PostGraphile (postgraphile-server.ts),
 * by default of this checkout; `cwd` another checkout's apps/api to start that one's.
 */
export async function startServer(script: string, grants: number, { cwd }: { cwd?: string } = {}): Promise<Api> {
  const file = cwd ? `${cwd}/bench/county/${script}` : fileURLToPath(new URL(`./${script}`, import.meta.url));
  const child = fork(file, {
    cwd,
    // Ours with the flags it runs with in production; PostGraphile with Node's defaults.
    execArgv: ["--import", "tsx", ...(script === "server.ts" ? SERVER_NODE_FLAGS : [])],
    env: { ...process.env, BENCH_DATABASE_URL: databaseUrl(grants), NODE_ENV: "production" },
  });
  const next = <T>() => new Promise<T>((resolve) => child.once("message", (m) => resolve(m as T)));
  const { url, cookie } = await next<{ url: string; cookie: string }>();
  return {
    url,
    cookie,
    stats: () => {
      const reply = next<Stats>();
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
