import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import * as fs from "node:fs/promises";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { checkDataDirWritable } from "./data-dir-check";
import { DataDirError } from "./data-dir-error";
import { lockFileOf } from "./data-dir-lock";
import { openDatabase } from "./database";

const temps: string[] = [];
async function temp() {
  const dir = await mkdtemp(path.join(tmpdir(), "bk-datadir-"));
  temps.push(dir);
  return dir;
}
afterAll(async () => {
  for (const dir of temps) await rm(dir, { recursive: true, force: true });
});
const fsError = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });
/** The real file system, but opening a file fails with `code`. */
const failingOpen = (code: string): typeof fs => ({
  ...fs,
  open: async () => {
    throw fsError(code);
  },
});

async function problemOf(work: Promise<unknown>) {
  const error = await work.then(
    () => undefined,
    (e) => e,
  );
  expect(error).toBeInstanceOf(DataDirError);
  return error as DataDirError;
}

/** Mounts (as root, where the container allows it); undefined where it cannot. */
function tryMount(args: string[]) {
  try {
    execFileSync("mount", args, { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
const mounted: string[] = [];
afterEach(() => {
  for (const dir of mounted.splice(0)) execFileSync("umount", [dir], { stdio: "ignore" });
});

describe("checkDataDirWritable", () => {
  it("creates a missing folder and leaves nothing behind", async () => {
    const dir = path.join(await temp(), "a", "b");
    await checkDataDirWritable(dir);
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each(["EACCES", "EPERM", "EROFS"])("says the folder is read-only on %s", async (code) => {
    const dir = await temp();
    const error = await problemOf(checkDataDirWritable(dir, failingOpen(code)));
    expect(error.problem).toBe("read-only");
    expect(error.message).toContain(`the data folder ${dir} is read-only`);
  });

  it.each(["ENOSPC", "EDQUOT"])("says the folder is full on %s", async (code) => {
    const dir = await temp();
    const error = await problemOf(checkDataDirWritable(dir, failingOpen(code)));
    expect(error.problem).toBe("full");
    expect(error.message).toContain(`the data folder ${dir} is full`);
  });

  it("says so when the fsync fails (a disk that fills up only on flush)", async () => {
    const dir = await temp();
    const syncFails: typeof fs = {
      ...fs,
      open: (async (file: string, flags: string) => {
        const handle = await fs.open(file, flags);
        return Object.assign(handle, { sync: () => Promise.reject(fsError("ENOSPC")) });
      }) as typeof fs.open,
    };
    expect((await problemOf(checkDataDirWritable(dir, syncFails))).problem).toBe("full");
    expect(readdirSync(dir)).toEqual([]); // the probe file is deleted all the same
  });

  it("names the file when the path runs through a regular file (ENOTDIR)", async () => {
    const file = path.join(await temp(), "a-file");
    await writeFile(file, "not a folder");
    const error = await problemOf(checkDataDirWritable(path.join(file, "pglite")));
    expect(error.problem).toBe("not-a-folder");
    expect(error.message).toBe(
      `the data folder ${path.join(file, "pglite")} cannot be used: ${file} is a file, not a folder. Set DATA_DIR to a folder.`,
    );
  });

  it("names the file when the data folder itself is a file", async () => {
    const file = path.join(await temp(), "a-file");
    await writeFile(file, "not a folder");
    const error = await problemOf(checkDataDirWritable(file));
    expect(error.problem).toBe("not-a-folder");
    expect(error.message).toContain(`${file} is a file, not a folder`);
  });

  it("finds a really read-only folder (a read-only bind mount; chmod does not stop root)", async (ctx) => {
    const dir = await temp();
    if (!tryMount(["--bind", dir, dir])) return ctx.skip();
    mounted.push(dir);
    if (!tryMount(["-o", "remount,bind,ro", dir])) return ctx.skip();
    const error = await problemOf(checkDataDirWritable(dir));
    expect(error.message).toMatch(`the data folder ${dir} is read-only (EROFS)`);
  });

  it("finds a really full folder (a tiny tmpfs)", async (ctx) => {
    const dir = await temp();
    if (!tryMount(["-t", "tmpfs", "-o", "size=64k", "tmpfs", dir])) return ctx.skip();
    mounted.push(dir);
    await writeFile(path.join(dir, "filler"), Buffer.alloc(1024 * 1024)).catch(() => {}); // fills it up
    const error = await problemOf(checkDataDirWritable(dir));
    expect(error.message).toMatch(`the data folder ${dir} is full (ENOSPC)`);
  });
});

describe("openDatabase on an unusable data folder", () => {
  it("refuses a read-only folder before PGlite opens it, and takes no lock", async (ctx) => {
    const dir = await temp();
    if (!tryMount(["--bind", dir, dir])) return ctx.skip();
    mounted.push(dir);
    if (!tryMount(["-o", "remount,bind,ro", dir])) return ctx.skip();
    const error = await problemOf(openDatabase({ dataDir: dir }));
    expect(error.problem).toBe("read-only");
    expect(existsSync(lockFileOf(dir))).toBe(false);
  });

  it("wraps PGlite's own failure on a damaged folder in a message that names it, and releases the lock", async () => {
    const dir = await temp();
    await writeFile(path.join(dir, "PG_VERSION"), "99\n"); // not a database PGlite can open
    const error = await problemOf(openDatabase({ dataDir: dir }));
    expect(error.problem).toBe("damaged");
    expect(error.message).toMatch(new RegExp(`^the embedded database in ${dir} could not be opened \\(RuntimeError: unreachable\\)`));
    expect(existsSync(lockFileOf(dir))).toBe(false);
  });
});
