import { cp, mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterEach, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR } from "./database";
import { migrate } from "./migrate";
import { PGLITE_EXTENSIONS } from "./pglite-extensions";
import { pgliteConnection } from "./sql-connection";

const UNIQUE = "20261123000000_partner_role_unique";

/** A migrations folder holding every migration before `name`: a database as an earlier version left it. */
async function migrationsBefore(name: string) {
  const dir = await mkdtemp(path.join(tmpdir(), "bk-migrations-"));
  for (const m of (await readdir(MIGRATIONS_DIR)).filter((d) => /^\d/.test(d) && d < name)) {
    await cp(path.join(MIGRATIONS_DIR, m), path.join(dir, m), { recursive: true });
  }
  return dir;
}

let db: PGlite;
afterEach(() => db?.close());

describe("the migration that makes partner roles unique", () => {
  it("merges the copies an earlier version let in, keeping every note and the first source", async () => {
    db = new PGlite({ extensions: PGLITE_EXTENSIONS });
    const connection = pgliteConnection(db);
    await migrate({ connection, migrationsDir: await migrationsBefore(UNIQUE) });
    await db.exec(`
      INSERT INTO "Organisation" (id, name, kind, "updatedAt") VALUES ('o', 'ROKS', 'NGO', now());
      INSERT INTO "Project" (id, name, phase, "updatedAt") VALUES ('p', 'Q-jouren', 'PROJECT', now());
      INSERT INTO "SourceDocument" (id, title, kind, "originalText", "updatedAt") VALUES ('d', 'Beslut', 'OFFICIAL_REPORT', '…', now());
      INSERT INTO "SourcePassage" (id, "documentId", quote, "updatedAt") VALUES ('s', 'd', 'Referensgrupp', now());
      INSERT INTO "PartnerRole" (id, "projectId", "organisationId", role, "fromYear", "toYear", note, "sourcePassageId", "createdAt", "updatedAt") VALUES
        ('r1', 'p', 'o', 'REFERENCE_GROUP', 2010, NULL, NULL, NULL, '2020-01-01', now()),
        ('r2', 'p', 'o', 'REFERENCE_GROUP', 2010, NULL, 'Deltar två gånger per år', 's', '2020-01-02', now()),
        ('r3', 'p', 'o', 'REFERENCE_GROUP', 2010, NULL, 'Deltar två gånger per år', NULL, '2020-01-03', now()),
        ('r4', 'p', 'o', 'REFERENCE_GROUP', 2010, NULL, 'Ordförande 2011', NULL, '2020-01-04', now()),
        ('r5', 'p', 'o', 'REFERENCE_GROUP', 2010, 2011, NULL, NULL, '2020-01-05', now()),
        ('r6', 'p', 'o', 'STEERING_GROUP', 2010, NULL, NULL, NULL, '2020-01-06', now());
    `);
    expect(await migrate({ connection, migrationsDir: MIGRATIONS_DIR })).toContain(UNIQUE);
    const rows = await connection.query<{ id: string; note: string | null; sourcePassageId: string | null }>(
      `SELECT id, note, "sourcePassageId" FROM "PartnerRole" ORDER BY id`,
    );
    expect(rows).toEqual([
      { id: "r1", note: "Deltar två gånger per år / Ordförande 2011", sourcePassageId: "s" },
      { id: "r5", note: null, sourcePassageId: null },
      { id: "r6", note: null, sourcePassageId: null },
    ]);
    await expect(
      db.exec(
        `INSERT INTO "PartnerRole" (id, "projectId", "organisationId", role, "fromYear", "updatedAt") VALUES ('r7', 'p', 'o', 'REFERENCE_GROUP', 2010, now())`,
      ),
    ).rejects.toThrow(/PartnerRole_same_role_key/);
  });
});
