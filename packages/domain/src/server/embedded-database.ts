import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { checkDataDirWritable } from "./data-dir-check";
import { DataDirError } from "./data-dir-error";
import { type DataDirLock, lockDataDir } from "./data-dir-lock";
import { PGLITE_EXTENSIONS } from "./pglite-extensions";

export type EmbeddedDataDir = {
  pglite: PGlite;
  /** The data folder, absolute. */
  dir: string;
  lock: DataDirLock;
  /** Closes PGlite, then releases the lock. */
  close(): Promise<void>;
};

/**
 * Opens the embedded database in a data folder, in the order that gives clear messages: the
 * folder is writable, no other process has it (the lock), and only then PGlite. A failure of
 * PGlite itself ("RuntimeError: unreachable" and the like) becomes a DataDirError naming the folder.
 */
export async function openEmbeddedDataDir(
  dataDir: string,
  { log, loadDataDir }: { log?: (line: string) => void; loadDataDir?: Blob } = {},
): Promise<EmbeddedDataDir> {
  const dir = path.resolve(dataDir);
  await checkDataDirWritable(dir);
  const lock = lockDataDir(dir, { log });
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(dir, { extensions: PGLITE_EXTENSIONS, ...(loadDataDir ? { loadDataDir } : {}) });
  } catch (error) {
    lock.release();
    const cause = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    throw new DataDirError(
      "damaged",
      dir,
      `the embedded database in ${dir} could not be opened (${cause}). The folder may be damaged, or written by another ` +
        "version of PGlite. Keep it as it is, and restore a backup into a new folder (npm run restore) or set DATA_DIR to another folder.",
    );
  }
  return {
    pglite,
    dir,
    lock,
    async close() {
      try {
        if (!pglite.closed) await pglite.close();
      } finally {
        lock.release();
      }
    },
  };
}
