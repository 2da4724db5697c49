import { mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "../generated/prisma/client";
import { migrate } from "./migrate";
import { pgConnection, pgliteConnection } from "./sql-connection";

export const MIGRATIONS_DIR = fileURLToPath(new URL("../../../../prisma/migrations", import.meta.url));

export type DatabaseOptions = {
  /** `postgresql://…` to use a PostgreSQL server; otherwise the embedded PGlite database. */
  url?: string;
  /** Data folder of the embedded database; `memory://` keeps it in memory. */
  dataDir?: string;
  /** Called once for every SQL statement the Prisma client sends (for statement-count tests). */
  onQuery?: (sql: string) => void;
  log?: (line: string) => void;
};

export type Database = {
  prisma: PrismaClient;
  kind: "pglite" | "postgresql";
  /** Where the data lives: a folder, memory, or the server URL without password. */
  location: string;
  close(): Promise<void>;
};

function isPostgresUrl(url: string | undefined): url is string {
  return !!url && /^postgres(ql)?:\/\//.test(url);
}

/**
 * Opens the database (embedded PGlite or PostgreSQL), applies pending migrations and returns
 * a Prisma client on it. Both homes run the same migrations and the same code.
 */
export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  const log = options.log ?? (() => {});
  const prismaLog = options.onQuery ? [{ emit: "event" as const, level: "query" as const }] : [];

  if (isPostgresUrl(options.url)) {
    const pool = new pg.Pool({ connectionString: options.url, max: 10 });
    // An idle connection can be ended by the server (restart, failover, an admin): log it and let
    // the pool reconnect, instead of crashing on an unhandled error event.
    pool.on("error", (error) => log(`database connection lost: ${error.message}`));
    const client = await pool.connect();
    try {
      await migrate({ connection: pgConnection(client), migrationsDir: MIGRATIONS_DIR, log });
    } finally {
      client.release();
    }
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool), log: prismaLog });
    watchQueries(prisma, options.onQuery);
    return {
      prisma,
      kind: "postgresql",
      location: options.url.replace(/\/\/([^:@/]+):[^@]*@/, "//$1:***@"),
      async close() {
        await prisma.$disconnect();
        await pool.end();
      },
    };
  }

  const dataDir = options.dataDir ?? "memory://";
  if (!dataDir.startsWith("memory://")) await mkdir(path.resolve(dataDir), { recursive: true });
  const db = await PGlite.create(dataDir.startsWith("memory://") ? undefined : path.resolve(dataDir));
  await migrate({ connection: pgliteConnection(db), migrationsDir: MIGRATIONS_DIR, log });
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(db), log: prismaLog });
  watchQueries(prisma, options.onQuery);
  return {
    prisma,
    kind: "pglite",
    location: dataDir.startsWith("memory://") ? "memory" : path.resolve(dataDir),
    async close() {
      await prisma.$disconnect();
      await db.close();
    },
  };
}

function watchQueries(prisma: PrismaClient, onQuery: DatabaseOptions["onQuery"]) {
  if (!onQuery) return;
  // biome-ignore lint/suspicious/noExplicitAny: the event type is only known when log is configured.
  (prisma as any).$on("query", (e: { query: string }) => onQuery(e.query));
}
