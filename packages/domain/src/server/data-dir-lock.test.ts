import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { DataDirError } from "./data-dir-error";
import { type DataDirLock, identity, lockDataDir, lockFileOf } from "./data-dir-lock";

const linux = existsSync("/proc/self/stat");
const temps: string[] = [];
async function tempDir() {
  const dir = await mkdtemp(path.join(tmpdir(), "bk-lock-"));
  temps.push(dir);
  return dir;
}
const dataDir = async () => path.join(await tempDir(), "pglite");
afterAll(async () => {
  for (const dir of temps) await rm(dir, { recursive: true, force: true });
});
const lockOf = (file: string) => JSON.parse(readFileSync(file, "utf8"));
const writeLock = (dir: string, owner: Record<string, unknown>) =>
  writeFileSync(lockFileOf(dir), JSON.stringify({ host: hostname(), since: "2026-01-01T00:00:00.000Z", ...owner }));

const children: ChildProcess[] = [];
const locks: DataDirLock[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill("SIGKILL");
  for (const l of locks.splice(0)) l.release();
});

/** A process that runs until the test ends. */
async function liveProcess() {
  const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60_000)"], { stdio: "ignore" });
  children.push(child);
  await new Promise((resolve) => child.once("spawn", resolve));
  return child.pid!;
}
/** The PID of a process that has ended. */
async function deadPid() {
  const child = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
  await new Promise((resolve) => child.once("exit", resolve));
  return child.pid!;
}
function lock(dir: string, lines: string[] = []) {
  const l = lockDataDir(dir, { log: (line) => lines.push(line) });
  locks.push(l);
  return l;
}
function refusal(dir: string) {
  try {
    lock(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(DataDirError);
    expect((error as DataDirError).problem).toBe("locked");
    return (error as DataDirError).message;
  }
  throw new Error("the lock was taken");
}

describe("lockDataDir", () => {
  it("writes <folder>.lock with this process, and removes it on release (twice is harmless)", async () => {
    const dir = await dataDir();
    const l = lock(dir);
    expect(l.file).toBe(lockFileOf(dir));
    expect(l.file).toBe(`${realpathSync(path.dirname(dir))}/pglite.lock`);
    expect(lockOf(l.file)).toMatchObject({ pid: process.pid, host: hostname() });
    l.release();
    l.release();
    expect(existsSync(l.file)).toBe(false);
  });

  it("refuses a second lock on the same folder in the same process", async () => {
    const dir = await dataDir();
    lock(dir);
    expect(refusal(dir)).toBe(`the data folder ${dir} is already open in this process.`);
  });

  it("is one lock for a folder and a symlink to it", async () => {
    const dir = await dataDir();
    await mkdir(dir);
    const link = path.join(path.dirname(dir), "link");
    symlinkSync(dir, link);
    lock(dir);
    expect(lockFileOf(link)).toBe(lockFileOf(dir));
    expect(refusal(link)).toMatch(/is already open in this process/);
  });

  it("lets a released handle not release the folder's next lock", async () => {
    const dir = await dataDir();
    const first = lock(dir);
    first.release();
    const second = lock(dir);
    first.release();
    expect(lockOf(second.file).since).toBeDefined();
    expect(existsSync(second.file)).toBe(true);
  });

  it("refuses a folder another running process holds, naming the folder and that PID", async () => {
    const dir = await dataDir();
    const pid = await liveProcess();
    writeLock(dir, { pid, ...identity(pid) });
    const message = refusal(dir);
    expect(message).toMatch(`the data folder ${dir} is in use by another Bidragskollen process (PID ${pid}, since 2026-01-01`);
    expect(message).toContain(`delete ${lockFileOf(dir)}.`);
    expect(lockOf(lockFileOf(dir)).pid).toBe(pid); // left as it was
  });

  it("takes over a stale lock whose PID no longer runs, and says so", async () => {
    const dir = await dataDir();
    const pid = await deadPid();
    writeLock(dir, { pid });
    const lines: string[] = [];
    const l = lock(dir, lines);
    expect(lockOf(l.file).pid).toBe(process.pid);
    expect(lines).toEqual([
      `data folder lock: took over ${lockFileOf(dir)} from PID ${pid} (since 2026-01-01T00:00:00.000Z), which no longer runs`,
    ]);
  });

  it.runIf(linux)("takes over a lock whose PID now belongs to another, later process (PID reused)", async () => {
    const dir = await dataDir();
    const pid = await liveProcess();
    writeLock(dir, { pid, ...identity(pid), startTicks: "1" });
    expect(lockOf(lock(dir).file).pid).toBe(process.pid);
  });

  it.runIf(linux)("takes over a lock from before the last reboot", async () => {
    const dir = await dataDir();
    const pid = await liveProcess();
    writeLock(dir, { pid, ...identity(pid), bootId: "00000000-0000-0000-0000-000000000000" });
    expect(lockOf(lock(dir).file).pid).toBe(process.pid);
  });

  it("takes over a lock with this very PID that this process does not hold (a restarted container's PID 1)", async () => {
    const dir = await dataDir();
    writeLock(dir, { pid: process.pid });
    expect(lockOf(lock(dir).file).since).not.toBe("2026-01-01T00:00:00.000Z");
  });

  it("refuses a lock from another host, whose processes it cannot see", async () => {
    const dir = await dataDir();
    writeLock(dir, { pid: await deadPid(), host: "elsewhere" });
    expect(refusal(dir)).toMatch(/on the host elsewhere, since .*; this host cannot tell whether it still runs/);
  });

  it("replaces an unreadable lock file", async () => {
    const dir = await dataDir();
    writeFileSync(lockFileOf(dir), "garbage");
    const lines: string[] = [];
    expect(lockOf(lock(dir, lines).file).pid).toBe(process.pid);
    expect(lines).toEqual([`data folder lock: replaced the unreadable lock file ${lockFileOf(dir)}`]);
  });

  it("on release leaves a lock file alone that is no longer its own", async () => {
    const dir = await dataDir();
    const l = lock(dir);
    const pid = await liveProcess();
    writeLock(dir, { pid });
    l.release();
    expect(lockOf(l.file).pid).toBe(pid);
  });

  it("names the folder when the lock file cannot be written", async () => {
    const parent = await tempDir();
    writeFileSync(path.join(parent, "file"), "");
    const dir = path.join(parent, "file", "pglite");
    expect(() => lock(dir)).toThrow(
      `(where the lock file of the data folder ${dir} goes) cannot be used: ${path.join(parent, "file")} is a file`,
    );
  });
});
