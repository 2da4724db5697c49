import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterEach, describe, expect, it } from "vitest";
import { migrate } from "./migrate";
import { pgliteConnection } from "./sql-connection";

async function migrationsDir(files: Record<string, string>) {
  const dir = await mkdtemp(path.join(tmpdir(), "bk-migrations-"));
  for (const [name, sql] of Object.entries(files)) {
    await mkdir(path.join(dir, name));
    await writeFile(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

let db: PGlite;
afterEach(() => db?.close());

describe("migrate", () => {
  it("applies migrations in order, once, recorded in _prisma_migrations", async () => {
    db = new PGlite();
    const dir = await migrationsDir({
      "2_b": "ALTER TABLE t ADD COLUMN b int;",
      "1_a": "CREATE TABLE t (a int); INSERT INTO t VALUES (1);",
    });
    const connection = pgliteConnection(db);
    expect(await migrate({ connection, migrationsDir: dir })).toEqual(["1_a", "2_b"]);
    expect(await migrate({ connection, migrationsDir: dir })).toEqual([]);
    const rows = await connection.query<{ migration_name: string }>(
      `SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(["1_a", "2_b"]);
  });

  it("rolls back a failing migration completely and leaves data as it was", async () => {
    db = new PGlite();
    const connection = pgliteConnection(db);
    await migrate({ connection, migrationsDir: await migrationsDir({ "1_a": "CREATE TABLE t (a int); INSERT INTO t VALUES (1);" }) });
    const bad = await migrationsDir({
      "1_a": "CREATE TABLE t (a int); INSERT INTO t VALUES (1);",
      "2_bad": "INSERT INTO t VALUES (2); SELECT nope FROM t;",
    });
    await expect(migrate({ connection, migrationsDir: bad })).rejects.toThrow(/2_bad failed/);
    expect(await connection.query(`SELECT a FROM t`)).toEqual([{ a: 1 }]);
  });

  it("refuses a migration that was changed after it was applied", async () => {
    db = new PGlite();
    const connection = pgliteConnection(db);
    await migrate({ connection, migrationsDir: await migrationsDir({ "1_a": "CREATE TABLE t (a int);" }) });
    await expect(migrate({ connection, migrationsDir: await migrationsDir({ "1_a": "CREATE TABLE t (b int);" }) })).rejects.toThrow(
      /changed/,
    );
  });
});
