import { statSync } from "node:fs";
import path from "node:path";

export type DataDirProblem =
  | "locked"
  | "read-only"
  | "full"
  | "not-a-folder"
  | "damaged"
  | "not-empty"
  | "no-database"
  | "backup-file"
  | "unusable";

/**
 * A problem with the embedded database's data folder that the person running the app can fix.
 * The message is meant to be printed as is (no stack trace): it names the folder and what to do.
 */
export class DataDirError extends Error {
  override name = "DataDirError";
  constructor(
    readonly problem: DataDirProblem,
    readonly dataDir: string,
    message: string,
  ) {
    super(message);
  }
}

const READ_ONLY = new Set(["EACCES", "EPERM", "EROFS"]);
const FULL = new Set(["ENOSPC", "EDQUOT"]);

/**
 * Turns a file-system error met while preparing the data folder into a DataDirError.
 * `what` says which folder it is when that is not the data folder itself (e.g. its parent).
 */
export function dataDirFsError(dataDir: string, error: unknown, what = `the data folder ${dataDir}`): DataDirError {
  const code = (error as NodeJS.ErrnoException)?.code ?? "";
  if (READ_ONLY.has(code)) {
    return new DataDirError(
      "read-only",
      dataDir,
      `${what} is read-only (${code}): this user cannot write there. Give it write access, or set DATA_DIR to a writable folder.`,
    );
  }
  if (FULL.has(code)) {
    return new DataDirError(
      "full",
      dataDir,
      `${what} is full (${code}): free some space on its disk, or set DATA_DIR to a folder on another disk.`,
    );
  }
  if (code === "ENOTDIR" || code === "EEXIST") {
    const file = firstFileOnPath(dataDir);
    return new DataDirError(
      "not-a-folder",
      dataDir,
      `${what} cannot be used: ${file ? `${file} is a file, not a folder` : "part of its path is not a folder"}. Set DATA_DIR to a folder.`,
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new DataDirError("unusable", dataDir, `${what} cannot be used: ${detail}`);
}

/** The first existing path on the way from / to `dir` that is not a folder, if any. */
function firstFileOnPath(dir: string): string | undefined {
  const parts = path.resolve(dir).split(path.sep);
  for (let i = 2; i <= parts.length; i++) {
    const p = parts.slice(0, i).join(path.sep) || path.sep;
    try {
      if (!statSync(p).isDirectory()) return p;
    } catch {
      return undefined;
    }
  }
  return undefined;
}
