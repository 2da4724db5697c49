import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DataDirError } from "./data-dir-error";
import { lockFileOf } from "./data-dir-lock";
import { type Database, openDatabase } from "./database";
import { backupDataDir, restoreDataDir } from "./embedded-backup";
import { openEmbeddedDataDir } from "./embedded-database";

type TableState = { rows: number; hash: string };

/** Every table in every user schema (with _prisma_migrations): its row count and a hash of its rows in order; and every sequence. */
async function snapshot(dataDir: string) {
  const db = await openEmbeddedDataDir(dataDir);
  try {
    const tables = await db.pglite.query<{ schema: string; name: string }>(
      `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
       WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2`,
    );
    const state: Record<string, TableState> = {};
    for (const { schema, name } of tables.rows) {
      const q = `"${schema}"."${name}"`;
      const [r] = (
        await db.pglite.query<{ rows: number; hash: string }>(
          `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS hash FROM ${q} t`,
        )
      ).rows;
      state[q] = r;
    }
    const sequences = (await db.pglite.query(`SELECT schemaname, sequencename, last_value FROM pg_sequences ORDER BY 1, 2`)).rows;
    return { state, sequences };
  } finally {
    await db.close();
  }
}

const problemOf = async (work: Promise<unknown>) => {
  const error = await work.then(
    () => undefined,
    (e) => e,
  );
  expect(error).toBeInstanceOf(DataDirError);
  return error as DataDirError;
};

/**
 * Rows in several related tables (the seed lives in @bk/seed, which depends on this package, so
 * it cannot be used here): organisations, a project, a grant with its year split and condition.
 */
async function fill({ prisma }: Database) {
  for (let i = 1; i <= 12; i++)
    await prisma.organisation.create({ data: { name: `Kvinnojour ${i}`, kind: "NGO", municipality: "Haninge" } });
  const funder = await prisma.organisation.create({ data: { name: "Länsstyrelsen i Backupby", kind: "COUNTY_BOARD" } });
  const project = await prisma.project.create({ data: { name: "Stödsamtal", phase: "PROJECT", ownerId: funder.id } });
  await prisma.grant.create({
    data: {
      title: "Bidrag till stödsamtal",
      funderId: funder.id,
      applicantId: funder.id,
      recipientId: funder.id,
      projectId: project.id,
      amountGranted: "500000",
      status: "GRANTED",
      periodStartYear: 2010,
      periodEndYear: 2010,
      yearAmounts: { create: [{ year: 2010, amountGranted: "500000" }] },
      conditions: { create: [{ text: "Redovisning senast 1 mars", blocksPayment: true }] },
    },
  });
}

let base: string;
let original: string;
let backup: string;
let child: ChildProcess | undefined;

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), "bk-backup-"));
  original = path.join(base, "original");
  const db = await openDatabase({ dataDir: original });
  await fill(db);
  // A change after the seed, as a user would make.
  await db.prisma.organisation.create({ data: { name: "Kvinnojouren i Backupby", kind: "NGO", municipality: "Backupby" } });
  await db.close();
  backup = path.join(base, "backups", "one.tar.gz");
});
afterAll(async () => {
  child?.kill("SIGKILL");
  await rm(base, { recursive: true, force: true }); // several databases of ~30 MB each
});

describe("backup and restore of the embedded database", () => {
  it("round trip: every table, row and sequence comes back the same", async () => {
    const before = await snapshot(original);
    expect(Object.keys(before.state)).toContain(`"public"."_prisma_migrations"`);
    expect(Object.keys(before.state).length).toBeGreaterThan(20); // every model's table
    expect(before.state[`"public"."Organisation"`].rows).toBeGreaterThan(10);

    const made = await backupDataDir({ dataDir: original, file: backup });
    expect(made).toEqual({ file: backup, bytes: statSync(backup).size });
    expect(readdirSync(path.dirname(backup))).toEqual(["one.tar.gz"]); // no .partial left
    expect(existsSync(lockFileOf(original))).toBe(false);

    const copy = path.join(base, "restored");
    expect(await restoreDataDir({ dataDir: copy, file: backup })).toEqual({ dir: copy, movedAside: undefined });
    expect(readdirSync(base).sort()).toEqual(["backups", "original", "restored"]); // no temp folder or lock left
    const after = await snapshot(copy);
    expect(after).toEqual(before);

    const db = await openDatabase({ dataDir: copy });
    try {
      expect(await db.prisma.organisation.count({ where: { name: "Kvinnojouren i Backupby" } })).toBe(1);
    } finally {
      await db.close();
    }
  });

  it("restores into an empty folder", async () => {
    const empty = path.join(base, "empty");
    await mkdir(empty);
    await restoreDataDir({ dataDir: empty, file: backup });
    expect(existsSync(path.join(empty, "PG_VERSION"))).toBe(true);
  });

  it("refuses a folder that holds something; with force moves it aside and keeps it", async () => {
    const used = path.join(base, "used");
    await mkdir(used);
    writeFileSync(path.join(used, "notes.txt"), "mine");
    const refused = await problemOf(restoreDataDir({ dataDir: used, file: backup }));
    expect(refused.problem).toBe("not-empty");
    expect(refused.message).toMatch(`the data folder ${used} is not empty`);
    expect(readdirSync(used)).toEqual(["notes.txt"]);

    const lines: string[] = [];
    const { movedAside } = await restoreDataDir({ dataDir: used, file: backup, force: true, log: (l) => lines.push(l) });
    expect(movedAside).toMatch(new RegExp(`^${used}\\.before-restore-\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\d$`));
    expect(readFileSync(path.join(movedAside!, "notes.txt"), "utf8")).toBe("mine");
    expect(existsSync(path.join(used, "PG_VERSION"))).toBe(true);
    expect(lines).toContain(`the previous data folder was moved to ${movedAside}`);
  });

  it("refuses both while another process has the folder open (the running server)", async () => {
    child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60_000)"], { stdio: "ignore" });
    await new Promise((resolve) => child!.once("spawn", resolve));
    const busy = path.join(base, "busy");
    await mkdir(busy);
    writeFileSync(lockFileOf(busy), JSON.stringify({ pid: child.pid, host: hostname(), since: new Date().toISOString() }));
    writeFileSync(lockFileOf(original), JSON.stringify({ pid: child.pid, host: hostname(), since: new Date().toISOString() }));
    try {
      const onBackup = await problemOf(backupDataDir({ dataDir: original, file: path.join(base, "never.tar.gz") }));
      expect(onBackup.message).toMatch(`the data folder ${original} is in use by another Bidragskollen process (PID ${child.pid},`);
      expect(existsSync(path.join(base, "never.tar.gz"))).toBe(false);
      const onRestore = await problemOf(restoreDataDir({ dataDir: busy, file: backup }));
      expect(onRestore.message).toMatch(`the data folder ${busy} is in use by another Bidragskollen process (PID ${child.pid},`);
      expect(readdirSync(busy)).toEqual([]);
    } finally {
      child.kill("SIGKILL");
      await new Promise((resolve) => child!.once("exit", resolve));
    }
  });

  it("never overwrites a backup file", async () => {
    const size = statSync(backup).size;
    const error = await problemOf(backupDataDir({ dataDir: original, file: backup }));
    expect(error.message).toBe(`the file ${backup} already exists: name another file (nothing is overwritten).`);
    expect(statSync(backup).size).toBe(size);
  });

  it("refuses a file that is not a backup, and a folder without a database", async () => {
    const notBackup = path.join(base, "notes.tar.gz");
    writeFileSync(notBackup, "just some text");
    const target = path.join(base, "never");
    const bad = await problemOf(restoreDataDir({ dataDir: target, file: notBackup }));
    expect(bad.message).toBe(
      `the file ${notBackup} is not a backup made by npm run backup (it is neither a .tar.gz nor a .tar file); nothing was changed.`,
    );
    expect(existsSync(target)).toBe(false);

    const otherTar = path.join(base, "other.tar.gz");
    await mkdir(path.join(base, "other"));
    writeFileSync(path.join(base, "other", "hello.txt"), "hello");
    execFileSync("tar", ["czf", otherTar, "-C", path.join(base, "other"), "."]);
    const other = await problemOf(restoreDataDir({ dataDir: target, file: otherTar }));
    expect(other.message).toMatch(`the file ${otherTar} is not a backup made by npm run backup (`);
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(base).filter((n) => n.startsWith("never"))).toEqual([]); // no temp folder left

    const missing = await problemOf(restoreDataDir({ dataDir: target, file: path.join(base, "nope.tar.gz") }));
    expect(missing.message).toBe(`the backup file ${path.join(base, "nope.tar.gz")} does not exist.`);

    const nothing = await problemOf(backupDataDir({ dataDir: path.join(base, "backups"), file: path.join(base, "x.tar.gz") }));
    expect(nothing.problem).toBe("no-database");
  });
});
