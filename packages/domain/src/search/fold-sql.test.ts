import { randomUUID } from "node:crypto";
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR } from "../server/database";
import { latestMigrationWith, migrate } from "../server/migrate";
import { PGLITE_EXTENSIONS } from "../server/pglite-extensions";
import { pgConnection, pgliteConnection, type SqlConnection } from "../server/sql-connection";
import { FOLD_TABLE, foldForSearch } from "./fold";
import { foldFunctionSql } from "./fold-sql";

/**
 * The guard of "one folding rule": the database's bk_fold (from the migrations) and foldForSearch
 * fold alike. On the embedded database always, and on the PostgreSQL server of TEST_DATABASE_URL
 * when it is set (a throw-away database each run).
 */

/** Every folded letter in upper and lower case, OCR noise, spaces and mixed text. */
const SAMPLES = [
  "ÅÄÖ åäö Hässelby-Vällingby VÅLD i nära relationer",
  "ÆØÅ æøå Bærum Ærøskøbing Tromsø",
  "Jyväskylä JYVÄSKYLÄ Šiauliai Žalgiris",
  "Sámi: Á á Č č Đ đ Ŋ ŋ Š š Ŧ ŧ Ž ž Ï ï",
  "SÁMEDIGGI Čáhppes ĐUOĐAI Ŋuorra ŦÁNU",
  "Skolt: Ǧ ǧ Ǩ ǩ Ǯ ǯ Õ õ Â â",
  "Čačak",
  "ČAČAK",
  "čačak",
  "Ć ć Č č Đ đ Š š Ž ž",
  "Đakovo ŠIBENIK Žepče Ćuprija Niš",
  "Straße STRAẞE ß ẞ",
  "Œuvre cœur ŒŒ",
  "Þórshöfn ÞÓR þ ð Ð",
  "Ĳssel ĳs",
  "ﬁnansiering ﬂyktingar ﬀ ﬃ ﬄ ﬅ ﬆ",
  "Français: À Â Ç É È Ê Ë Î Ï Ô Ù Û Ü Ÿ à â ç é è ê ë î ï ô ù û ü ÿ",
  "Español: Á É Í Ó Ú Ñ Ü á é í ó ú ñ ü ¿Qué? ¡Sí!",
  "Polski: Ą Ć Ę Ł Ń Ó Ś Ź Ż ą ć ę ł ń ó ś ź ż",
  "Česky: Ď Ě Ň Ř Ť Ů ď ě ň ř ť ů",
  "Türkçe: İ ı Ş ş Ğ ğ",
  "Română: Ș ș Ț ț Ă ă",
  "Hasselby-Villingby",
  "lén Lén LÉN",
  "Läns\u00adstyrelsen",
  "Stockholms\u00a0län",
  "no\u00a0\u00a0break\u202fthin\u2009space\u3000ideographic",
  "tab\there\nnew line\r\nwindows\u2028line\u2029para",
  "  leading and trailing  ",
  "\u00a0\u00a0",
  "",
  "a",
  "zero\u200bwidth\u200cjoin\u200djoiner\u2060word\ufeffbom",
  "Ha\u0308sselby decomposed: a\u030a o\u0308 e\u0301 C\u030c",
  "Hässelby–Vällingby — 2008‒2009 −5 ‐‑",
  "Children’s ‘hus’ “citat” „citat” ″ ′ ´ ʼ",
  "Ωmega Кириллица 中文 😀 emoji",
  "ЁЖИК Ωμέγα",
  "100 % & <tag> 'quote' \"dq\" \\backslash",
  "LST 251-12345-08 Dnr: 2008/1234",
  "Q-JOUREN Relationsvåldscentrum Strukturerad SAMVERKAN",
  "Kvinnojour Trondheim krisesenter Ø",
  "Ĥĥ Ĵĵ Ŵŵ Ŷŷ Ĝĝ Ŝŝ Ħħ Ŀŀ ĸ ŉ ſ",
  "ǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜ",
  [...FOLD_TABLE.keys()].join(""),
  [...FOLD_TABLE.keys()].join(" "),
];

const FOLD_MIGRATION = "20261123110000_fold_one_rule";

describe("the migrations' bk_fold", () => {
  it("is, in the latest migration that defines it, exactly the SQL generated from FOLD_TABLE", async () => {
    const latest = await latestMigrationWith(MIGRATIONS_DIR, 'FUNCTION "bk_fold"');
    const expected = foldFunctionSql();
    if (!latest.includes(expected)) {
      // Not an assertion on the whole file: it would print the migration, not what to write.
      expect.fail(
        `FOLD_TABLE changed: add a migration (copy the latest schema.snapshot.prisma) with\n\n${expected}\n\nand UPDATEs that recompute the searchText columns, like ${FOLD_MIGRATION}.`,
      );
    }
  });
});

type Home = { connection: SqlConnection; close(): Promise<void> };

async function pgliteHome(): Promise<Home> {
  const db = new PGlite({ extensions: PGLITE_EXTENSIONS });
  return { connection: pgliteConnection(db), close: () => db.close() };
}

async function postgresHome(serverUrl: string): Promise<Home> {
  const name = `bk_test_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  return {
    connection: pgConnection(client),
    async close() {
      await client.end();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** A folder with copies of the migrations before `name` only (same checksums as the real ones). */
async function migrationsBefore(name: string) {
  const dir = await mkdtemp(path.join(tmpdir(), "bk-fold-migrations-"));
  for (const entry of await readdir(MIGRATIONS_DIR, { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name < name) {
      await cp(path.join(MIGRATIONS_DIR, entry.name), path.join(dir, entry.name), { recursive: true });
    }
  }
  return dir;
}

const homes: [string, () => Promise<Home>][] = [["the embedded database", pgliteHome]];
const serverUrl = process.env.TEST_DATABASE_URL;
if (serverUrl) homes.push(["PostgreSQL", () => postgresHome(serverUrl)]);

describe.each(homes)("bk_fold on %s", (_kind, open) => {
  let home: Home;
  let before: string;
  let stale: string;
  const CACAK = "Čačak  Đakovo\u00a0ŠTRASSE Straße";
  beforeAll(async () => {
    home = await open();
    before = await migrationsBefore(FOLD_MIGRATION);
    // A row stored by the old bk_fold, which the new migration must fold again.
    await migrate({ connection: home.connection, migrationsDir: before });
    await home.connection.query(
      `INSERT INTO "Organisation" ("id", "name", "kind", "updatedAt") VALUES ('org-cacak', $1, 'MUNICIPALITY', now())`,
      [CACAK],
    );
    [{ searchText: stale }] = await home.connection.query<{ searchText: string }>(`SELECT "searchText" FROM "Organisation"`);
    await migrate({ connection: home.connection, migrationsDir: MIGRATIONS_DIR });
  });
  afterAll(async () => {
    await home?.close();
    await rm(before, { recursive: true, force: true });
  });

  it("folds every sample as foldForSearch does", async () => {
    expect(SAMPLES.length).toBeGreaterThanOrEqual(40);
    const rows = await home.connection.query<{ folded: string }>(
      `SELECT "bk_fold"(s) AS folded FROM unnest($1::text[]) WITH ORDINALITY AS u(s, n) ORDER BY n`,
      [SAMPLES],
    );
    expect(rows.map((r) => r.folded)).toEqual(SAMPLES.map(foldForSearch));
  });

  it("folds NULL to the empty text", async () => {
    expect(await home.connection.query(`SELECT "bk_fold"(NULL) AS folded`)).toEqual([{ folded: "" }]);
  });

  it("has recomputed the searchText stored before the new rule", async () => {
    const [row] = await home.connection.query<{ searchText: string }>(`SELECT "searchText" FROM "Organisation" WHERE "id" = 'org-cacak'`);
    expect(stale).not.toBe("cacak dakovo strasse strasse"); // the old rule left Č, Đ and ß
    expect(row.searchText).toBe("cacak dakovo strasse strasse");
    expect(row.searchText).toBe(foldForSearch(`${CACAK}   `));
  });
});
