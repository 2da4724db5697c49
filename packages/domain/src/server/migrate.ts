import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { SqlConnection } from "./sql-connection";

export type Migration = { name: string; sql: string; checksum: string };

export type MigrateOptions = {
  connection: SqlConnection;
  migrationsDir: string;
  log?: (line: string) => void;
};

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** Arbitrary constant key for the advisory lock that serialises concurrent start-ups. */
const LOCK_KEY = 72_707_160;

export async function readMigrations(migrationsDir: string): Promise<Migration[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(migrationsDir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

/** The SQL of the latest migration that contains `text` ("" if none): where a generated function is defined now. */
export async function latestMigrationWith(migrationsDir: string, text: string): Promise<string> {
  return (await readMigrations(migrationsDir)).filter((m) => m.sql.includes(text)).at(-1)?.sql ?? "";
}

/**
 * Applies prisma/migrations/<name>/migration.sql in order, each in its own transaction,
 * recorded in Prisma's own `_prisma_migrations` table. A changed, already applied migration
 * is refused rather than silently skipped. Returns the names applied now.
 */
export async function migrate({ connection, migrationsDir, log = () => {} }: MigrateOptions) {
  const migrations = await readMigrations(migrationsDir);
  await connection.exec(CREATE_TABLE);
  await connection.exec(`SELECT pg_advisory_lock(${LOCK_KEY})`);
  try {
    const rows = await connection.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Map(rows.map((r) => [r.migration_name, r.checksum]));
    const done: string[] = [];
    for (const m of migrations) {
      const previous = applied.get(m.name);
      if (previous !== undefined) {
        if (previous !== m.checksum) {
          throw new Error(`Migration ${m.name} was changed after it was applied (checksum differs)`);
        }
        continue;
      }
      await connection.exec("BEGIN");
      try {
        await connection.exec(m.sql);
        await connection.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES ($1, $2, $3, now(), now(), 1)`,
          [randomUUID(), m.checksum, m.name],
        );
        await connection.exec("COMMIT");
      } catch (error) {
        await connection.exec("ROLLBACK");
        throw new Error(`Migration ${m.name} failed: ${(error as Error).message}`);
      }
      log(`migration applied: ${m.name}`);
      done.push(m.name);
    }
    return done;
  } finally {
    await connection.exec(`SELECT pg_advisory_unlock(${LOCK_KEY})`);
  }
}
