import { randomUUID } from "node:crypto";
import {
  closeSync,
  fsyncSync,
  linkSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { hostname } from "node:os";
import path from "node:path";
import { DataDirError, dataDirFsError } from "./data-dir-error";

/**
 * One process per embedded data folder. PGlite opens a folder another process already has
 * open without complaint, and then each silently overwrites the other's writes; so whoever
 * opens the folder (the server, backup, restore) first takes this lock.
 *
 * The lock is a file next to the folder, `<folder>.lock` (not inside it: a backup is a copy of
 * the folder and must not carry a lock along, and a restore needs the folder empty). It holds
 * the owner's PID, host and process start, so a lock left by a process that was killed is
 * recognised as stale and taken over.
 */
export type DataDirLock = {
  /** The lock file. */
  file: string;
  /** Removes the lock file (if it is still ours). Safe to call twice. */
  release(): void;
};

type Owner = {
  pid: number;
  host: string;
  since: string;
  /** Linux: the kernel's boot id and the process's start time in clock ticks since boot. */
  bootId?: string;
  startTicks?: string;
};

const held = new Map<string, Owner>();

/** `<folder>.lock`, for the folder's real path: two spellings of one folder (a symlink) share one lock. */
export function lockFileOf(dataDir: string): string {
  const dir = path.resolve(dataDir);
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return undefined;
    }
  };
  const parent = real(path.dirname(dir));
  return `${real(dir) ?? (parent ? path.join(parent, path.basename(dir)) : dir)}.lock`;
}

export function lockDataDir(dataDir: string, { log = () => {} }: { log?: (line: string) => void } = {}): DataDirLock {
  const dir = path.resolve(dataDir);
  const file = lockFileOf(dir);
  if (held.has(file)) {
    throw new DataDirError("locked", dir, `the data folder ${dir} is already open in this process.`);
  }
  const me: Owner = { pid: process.pid, host: hostname(), since: new Date().toISOString(), ...identity(process.pid) };
  // A few rounds: each round either takes the lock, refuses, or removes one stale lock.
  for (let round = 0; round < 5; round++) {
    if (create(file, me, dir)) {
      held.set(file, me);
      registerExitHandler();
      return { file, release: () => release(file, me) };
    }
    const owner = readOwner(file);
    if (owner === "gone") continue;
    const verdict = owner === "unreadable" ? "unreadable" : judge(owner);
    if (verdict === "alive" || verdict === "other-host") throw lockedError(dir, file, owner as Owner, verdict);
    if (takeOver(file, owner)) {
      log(
        owner === "unreadable"
          ? `data folder lock: replaced the unreadable lock file ${file}`
          : `data folder lock: took over ${file} from PID ${owner.pid} (since ${owner.since}), which no longer runs`,
      );
    }
  }
  throw new DataDirError("locked", dir, `the data folder ${dir} could not be locked: its lock file ${file} keeps changing.`);
}

/** Creates the lock file with its content in one step (link of a complete file); false if it exists. */
function create(file: string, me: Owner, dir: string): boolean {
  const temp = `${file}.${process.pid}.${randomUUID().slice(0, 8)}`;
  try {
    const fd = openSync(temp, "wx");
    try {
      writeSync(fd, `${JSON.stringify(me)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw dataDirFsError(dir, error, `the folder ${path.dirname(file)} (where the lock file of the data folder ${dir} goes)`);
  }
  try {
    linkSync(temp, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    // A file system without hard links: an exclusive create is nearly as good.
    try {
      writeFileSync(file, `${JSON.stringify(me)}\n`, { flag: "wx" });
      return true;
    } catch (inner) {
      if ((inner as NodeJS.ErrnoException).code === "EEXIST") return false;
      throw dataDirFsError(dir, inner, `the lock file ${file}`);
    }
  } finally {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
  }
}

function readOwner(file: string): Owner | "gone" | "unreadable" {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "gone";
    throw error;
  }
  try {
    const owner = JSON.parse(text) as Owner;
    return Number.isInteger(owner.pid) && owner.pid > 0 ? owner : "unreadable";
  } catch {
    return "unreadable";
  }
}

/** Whether the lock's owner still runs. Errs on "alive" when it cannot tell. */
function judge(owner: Owner): "alive" | "dead" | "other-host" {
  if (owner.host !== hostname()) return "other-host";
  // Our own PID in a lock we do not hold: a previous process with the same PID (a container
  // restarted, where the server is PID 1 again).
  if (owner.pid === process.pid) return "dead";
  const now = identity(owner.pid);
  if (owner.bootId && now.bootId && owner.bootId !== now.bootId) return "dead";
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ESRCH") return "dead";
    return "alive"; // EPERM: it runs, as another user
  }
  // The PID runs, but if it started at another moment it is a new process that reuses the PID.
  if (owner.startTicks && now.startTicks && owner.startTicks !== now.startTicks) return "dead";
  return "alive";
}

/**
 * Removes a stale lock file, but only the very one judged stale: it is first renamed away
 * (atomic, so only one process gets it), then checked; had someone else meanwhile replaced it
 * with a live lock, that one is put back.
 */
function takeOver(file: string, stale: Owner | "unreadable"): boolean {
  const aside = `${file}.stale-${process.pid}-${randomUUID().slice(0, 8)}`;
  try {
    renameSync(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw error;
  }
  const got = readOwner(aside);
  const same =
    stale === "unreadable"
      ? got === "unreadable"
      : got !== "gone" && got !== "unreadable" && got.since === stale.since && got.pid === stale.pid;
  if (!same) {
    try {
      linkSync(aside, file);
    } catch {
      // someone took the lock in between: the next round reports it
    }
  }
  try {
    unlinkSync(aside);
  } catch {
    // already gone
  }
  return same;
}

function release(file: string, me: Owner) {
  if (held.get(file) !== me) return; // released already (and perhaps locked again since)
  held.delete(file);
  const owner = readOwner(file);
  if (owner === "gone" || owner === "unreadable" || owner.pid !== me.pid || owner.since !== me.since) return;
  try {
    unlinkSync(file);
  } catch {
    // already gone
  }
}

let exitHandler = false;
/** Releases every lock when the process exits (also by process.exit or an uncaught error; not by SIGKILL). */
function registerExitHandler() {
  if (exitHandler) return;
  exitHandler = true;
  process.on("exit", () => {
    for (const [file, me] of [...held]) release(file, me);
  });
}

function lockedError(dir: string, file: string, owner: Owner, verdict: "alive" | "other-host") {
  const who =
    verdict === "other-host"
      ? `PID ${owner.pid} on the host ${owner.host}, since ${owner.since}; this host cannot tell whether it still runs`
      : `PID ${owner.pid}, since ${owner.since}`;
  return new DataDirError(
    "locked",
    dir,
    `the data folder ${dir} is in use by another Bidragskollen process (${who}). ` +
      "Only one process at a time may open an embedded database: stop that process first, or set DATA_DIR to another folder " +
      `(several API processes can share a PostgreSQL database: DATABASE_URL). If that process is surely gone, delete ${file}.`,
  );
}

/** Linux only (else empty): what tells a process apart from a later one with the same PID. */
export function identity(pid: number): Pick<Owner, "bootId" | "startTicks"> {
  const read = (file: string) => {
    try {
      return readFileSync(file, "utf8").trim();
    } catch {
      return undefined;
    }
  };
  const bootId = read("/proc/sys/kernel/random/boot_id");
  const stat = read(`/proc/${pid}/stat`);
  // Field 22 (starttime), counted after the command name in parentheses, which may hold spaces.
  const startTicks = stat?.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
  return { ...(bootId && { bootId }), ...(startTicks && { startTicks }) };
}
