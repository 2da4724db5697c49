import { existsSync } from "node:fs";
import { mkdir, open, readdir, readFile, rename, rm, rmdir } from "node:fs/promises";
import path from "node:path";
import { checkDataDirWritable } from "./data-dir-check";
import { DataDirError, dataDirFsError } from "./data-dir-error";
import { lockDataDir } from "./data-dir-lock";
import { PROJECT_ROOT } from "./data-dir-path";
import { openEmbeddedDataDir } from "./embedded-database";

/*
 * Backup and restore of the embedded database as one file: PGlite's own dumpDataDir(), a
 * gzipped tar of the data folder, restored with its loadDataDir option. It is an exact copy
 * (every table, sequence and index) and needs no extra package; it opens again with the same
 * PGlite version (a logical pg_dump would need @electric-sql/pglite-tools, and its SQL sets
 * the client encoding to SQL_ASCII). For PostgreSQL use pg_dump/pg_restore (see the README).
 * Both take the data folder's lock: they refuse while the server has the folder open.
 */

type Log = (line: string) => void;

const stamp = () => new Date().toISOString().slice(0, 19).replace(/:/g, "-");

export const defaultBackupFile = () => path.join(PROJECT_ROOT, ".data", "backups", `bidragskollen-${stamp()}.tar.gz`);

/** Writes the database in `dataDir` into `file` (which must not exist yet). */
export async function backupDataDir({
  dataDir,
  file = defaultBackupFile(),
  log = () => {},
}: {
  dataDir: string;
  file?: string;
  log?: Log;
}): Promise<{ file: string; bytes: number }> {
  const dir = path.resolve(dataDir);
  const target = path.resolve(file);
  if (!existsSync(path.join(dir, "PG_VERSION"))) {
    throw new DataDirError("no-database", dir, `there is no embedded database in ${dir} to back up (DATA_DIR names the folder).`);
  }
  if (existsSync(target)) {
    throw new DataDirError("backup-file", dir, `the file ${target} already exists: name another file (nothing is overwritten).`);
  }
  try {
    await mkdir(path.dirname(target), { recursive: true });
  } catch (error) {
    throw dataDirFsError(dir, error, `the folder ${path.dirname(target)} for the backup file`);
  }
  const db = await openEmbeddedDataDir(dir, { log });
  const partial = `${target}.partial`;
  try {
    // Everything on disk in the data files, not only in the write-ahead log: a smaller, cleaner copy.
    await db.pglite.exec("CHECKPOINT");
    const data = Buffer.from(await (await db.pglite.dumpDataDir("gzip")).arrayBuffer());
    // Written under another name and renamed when complete: an interrupted backup never looks finished.
    const handle = await open(partial, "wx");
    try {
      await handle.write(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(partial, target);
    return { file: target, bytes: data.length };
  } catch (error) {
    await rm(partial, { force: true });
    if (error instanceof DataDirError) throw error;
    throw dataDirFsError(dir, error, `the backup file ${target}`);
  } finally {
    await db.close();
  }
}

/**
 * Restores a backup file into `dataDir`, which must be empty or not exist; with `force` a
 * folder that holds something is moved aside to `<folder>.before-restore-<time>` (never
 * deleted). The backup is first restored into a new folder beside it and checked, so a bad
 * file leaves the data folder as it was.
 */
export async function restoreDataDir({
  dataDir,
  file,
  force = false,
  log = () => {},
}: {
  dataDir: string;
  file: string;
  force?: boolean;
  log?: Log;
}): Promise<{ dir: string; movedAside?: string }> {
  const dir = path.resolve(dataDir);
  const source = path.resolve(file);
  const data = await readBackup(dir, source);
  try {
    await mkdir(path.dirname(dir), { recursive: true });
  } catch (error) {
    throw dataDirFsError(dir, error, `the folder ${path.dirname(dir)} (where the data folder ${dir} goes)`);
  }
  const lock = lockDataDir(dir, { log });
  const temp = `${dir}.restoring-${process.pid}`;
  let existed = true;
  try {
    existed = existsSync(dir);
    const holdsSomething = existed && (await readdir(dir)).length > 0;
    if (holdsSomething && !force) {
      throw new DataDirError(
        "not-empty",
        dir,
        `the data folder ${dir} is not empty (it holds a database or other files): restore into an empty or new folder ` +
          "(set DATA_DIR), or add --force to move this folder aside first (it is kept, not deleted): npm run restore -- <file> --force",
      );
    }
    await checkDataDirWritable(dir);
    await rm(temp, { recursive: true, force: true }); // only ever a leftover of this very command
    await loadInto(temp, source, data, log);

    let movedAside: string | undefined;
    if (holdsSomething) {
      movedAside = `${dir}.before-restore-${stamp()}`;
      for (let n = 2; existsSync(movedAside); n++) movedAside = `${dir}.before-restore-${stamp()}-${n}`;
      await rename(dir, movedAside);
    } else {
      await rmdir(dir); // empty (checkDataDirWritable made it if it did not exist)
    }
    try {
      await rename(temp, dir);
    } catch (error) {
      if (movedAside) await rename(movedAside, dir).catch(() => {});
      throw error;
    }
    if (movedAside) log(`the previous data folder was moved to ${movedAside}`);
    return { dir, movedAside };
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    if (!existed) await rmdir(dir).catch(() => {}); // the empty folder made above; rmdir never removes contents
    if (error instanceof DataDirError) throw error;
    throw dataDirFsError(dir, error);
  } finally {
    lock.release();
  }
}

async function readBackup(dir: string, source: string): Promise<Buffer> {
  let data: Buffer;
  try {
    data = await readFile(source);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "does not exist" : `cannot be read (${(error as Error).message})`;
    throw new DataDirError("backup-file", dir, `the backup file ${source} ${reason}.`);
  }
  const gzip = data[0] === 0x1f && data[1] === 0x8b;
  const tar = data.subarray(257, 262).toString("latin1") === "ustar";
  if (!gzip && !tar) throw notABackup(dir, source, "it is neither a .tar.gz nor a .tar file");
  return data;
}

/** Unpacks the backup into a new folder with PGlite and checks that it is a Bidragskollen database. */
async function loadInto(temp: string, source: string, data: Buffer, log: Log) {
  let db: Awaited<ReturnType<typeof openEmbeddedDataDir>>;
  try {
    db = await openEmbeddedDataDir(temp, { log, loadDataDir: new Blob([new Uint8Array(data)]) });
  } catch (error) {
    if (error instanceof DataDirError && error.problem !== "damaged") throw error;
    throw notABackup(temp, source, "PGlite could not open it");
  }
  try {
    await db.pglite.query(`SELECT count(*) FROM "_prisma_migrations"`);
    await db.pglite.exec("CHECKPOINT");
  } catch {
    throw notABackup(temp, source, "it holds no Bidragskollen database");
  } finally {
    await db.close();
  }
}

const notABackup = (dir: string, source: string, why: string) =>
  new DataDirError("backup-file", dir, `the file ${source} is not a backup made by npm run backup (${why}); nothing was changed.`);
