import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "../generated/prisma/client";
import { openEmbeddedDataDir } from "./embedded-database";
import { type Listen, listenEmbedded, listenOnServer } from "./listen";
import { migrate } from "./migrate";
import { PGLITE_EXTENSIONS } from "./pglite-extensions";
import { PreparingClient } from "./prepared-statements";
import { installQueryPlanCache } from "./query-plan-cache/plan-cache";
import { pgConnection, pgliteConnection } from "./sql-connection";

export const MIGRATIONS_DIR = fileURLToPath(new URL("../../../../prisma/migrations", import.meta.url));

export type DatabaseOptions = {
  /** `postgresql://…` to use a PostgreSQL server; otherwise the embedded PGlite database. */
  url?: string;
  /**
   * Data folder of the embedded database; `memory://` keeps it in memory. A folder is locked
   * for this process until close() (a DataDirError if another process has it, or if it is
   * read-only, full or damaged).
   */
  dataDir?: string;
  /**
   * Embedded database only: start from this copy of a database (PGlite's dumpDataDir(), as
   * Database.dumpDataDir() gives it) instead of an empty one; pending migrations still apply.
   * The API tests open their per-file databases from a migrated and seeded template this way.
   */
  loadDataDir?: Blob;
  /** Called once for every SQL statement the Prisma client sends (for statement-count tests). */
  onQuery?: (sql: string) => void;
  log?: (line: string) => void;
  /**
   * PostgreSQL server only: the longest one SQL statement may run, in milliseconds, so that no
   * request holds a connection (and others' locks) for long. Migrations run without it. The
   * embedded database cannot interrupt a statement; the API's execution deadline covers it.
   */
  statementTimeoutMs?: number;
};

export type Database = {
  prisma: PrismaClient;
  kind: "pglite" | "postgresql";
  /** Where the data lives: a folder, memory, or the server URL without password. */
  location: string;
  /** Hears NOTIFY on a channel, from any process on this database (listen.ts). */
  listen: Listen;
  /** Embedded database only: the whole database as one tar file, for `loadDataDir` (test templates). */
  dumpDataDir?(): Promise<Blob>;
  close(): Promise<void>;
};

const kinds = new WeakMap<PrismaClient, Database["kind"]>();

/** Which kind of database a client from openDatabase() talks to (for /readyz). */
export function databaseKind(prisma: PrismaClient): Database["kind"] | undefined {
  return kinds.get(prisma);
}

function isPostgresUrl(url: string | undefined): url is string {
  return !!url && /^postgres(ql)?:\/\//.test(url);
}

/**
 * Opens the database (embedded PGlite or PostgreSQL), applies pending migrations and returns
 * a Prisma client on it. Both homes run the same migrations and the same code.
 */
export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  installQueryPlanCache();
  const log = options.log ?? (() => {});
  const prismaLog = options.onQuery ? [{ emit: "event" as const, level: "query" as const }] : [];

  if (isPostgresUrl(options.url)) {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: 10,
      // Statements asked again are prepared once per connection (prepared-statements.ts); off behind a
      // pooler that cannot keep them (PgBouncer in transaction mode before 1.21), or to compare.
      ...(process.env.BK_PREPARED_STATEMENTS === "off" ? {} : { Client: PreparingClient }),
      ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
      // No JIT compilation: the API's statements are short, and compiling one (set off by a row
      // estimate such as generate_series' 1 000) took 0.7 s of a statement that runs in 60 ms.
      options: "-c jit=off",
      // A transaction left open by a crashed request must not hold its locks for ever.
      idle_in_transaction_session_timeout: 60_000,
    });
    // An idle connection can be ended by the server (restart, failover, an admin): log it and let
    // the pool reconnect, instead of crashing on an unhandled error event.
    pool.on("error", (error) => log(`database connection lost: ${error.message}`));
    const client = await pool.connect();
    try {
      await client.query("SET statement_timeout = 0");
      await migrate({ connection: pgConnection(client), migrationsDir: MIGRATIONS_DIR, log });
    } finally {
      await client.query("RESET statement_timeout").catch(() => {});
      client.release();
    }
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool), log: prismaLog });
    watchQueries(prisma, options.onQuery);
    kinds.set(prisma, "postgresql");
    return {
      prisma,
      kind: "postgresql",
      location: options.url.replace(/\/\/([^:@/]+):[^@]*@/, "//$1:***@"),
      listen: listenOnServer(options.url, log),
      async close() {
        await prisma.$disconnect();
        await pool.end();
      },
    };
  }

  const dataDir = options.dataDir ?? "memory://";
  if (dataDir.startsWith("memory://")) {
    const db = await PGlite.create({ extensions: PGLITE_EXTENSIONS, ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}) });
    return embedded(db, "memory", () => db.close(), options);
  }
  const opened = await openEmbeddedDataDir(dataDir, { log, loadDataDir: options.loadDataDir });
  try {
    return await embedded(opened.pglite, opened.dir, () => opened.close(), options);
  } catch (error) {
    await opened.close().catch(() => {});
    throw error;
  }
}

async function embedded(db: PGlite, location: string, closeDb: () => Promise<void>, options: DatabaseOptions): Promise<Database> {
  await migrate({ connection: pgliteConnection(db), migrationsDir: MIGRATIONS_DIR, log: options.log });
  const prismaLog = options.onQuery ? [{ emit: "event" as const, level: "query" as const }] : [];
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(db), log: prismaLog });
  watchQueries(prisma, options.onQuery);
  kinds.set(prisma, "pglite");
  return {
    prisma,
    kind: "pglite",
    location,
    listen: listenEmbedded(db),
    async dumpDataDir() {
      await db.exec("CHECKPOINT"); // everything in the data files, not only in the write-ahead log
      return db.dumpDataDir("none");
    },
    async close() {
      try {
        await prisma.$disconnect();
      } finally {
        await closeDb(); // also releases the data folder's lock
      }
    },
  };
}

function watchQueries(prisma: PrismaClient, onQuery: DatabaseOptions["onQuery"]) {
  if (!onQuery) return;
  // biome-ignore lint/suspicious/noExplicitAny: the event type is only known when log is configured.
  (prisma as any).$on("query", (e: { query: string }) => onQuery(e.query));
}
