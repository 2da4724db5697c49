import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { lockFileOf } from "@bk/domain/server";
import { afterEach, describe, expect, it } from "vitest";

/*
 * The server as people start it: real processes (node with tsx's loader, one process each, so
 * its PID is the one in the lock) on a data folder on disk.
 */

const apiDir = fileURLToPath(new URL("../", import.meta.url));

type Server = { child: ChildProcess; out: () => string; err: () => string; exit: Promise<number | null> };
const started: Server[] = [];
const temps: string[] = [];
afterEach(async () => {
  for (const s of started.splice(0)) {
    s.child.kill("SIGKILL");
    await s.exit; // before its folder is removed
  }
  for (const dir of temps.splice(0)) await rm(dir, { recursive: true, force: true });
});

function start(env: Record<string, string>): Server {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: apiDir,
    env: { ...process.env, SEED: "false", PORT: "0", HOST: "127.0.0.1", DATABASE_URL: "", CHECKPOINT_DISABLE: "1", ...env },
  });
  let out = "";
  let err = "";
  child.stdout!.on("data", (d) => {
    out += d;
  });
  child.stderr!.on("data", (d) => {
    err += d;
  });
  const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const server = { child, out: () => out, err: () => err, exit };
  started.push(server);
  return server;
}

/** The server's address, once it says it is running. */
async function running(s: Server): Promise<string> {
  for (let waited = 0; waited < 90_000; waited += 100) {
    const m = /running at (http:\/\/[^/]+)\//.exec(s.out());
    if (m) return m[1];
    if (s.child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the server did not start:\n${s.out()}\n${s.err()}`);
}

const readyz = async (base: string) => (await fetch(`${base}/readyz`)).json();
async function tempDir() {
  const dir = await mkdtemp(path.join(tmpdir(), "bk-main-"));
  temps.push(dir);
  return dir;
}

// Always on the embedded database (DATABASE_URL is cleared): the run against a PostgreSQL server
// (TEST_DATABASE_URL) would only repeat it.
describe.skipIf(!!process.env.TEST_DATABASE_URL)("one server process per embedded data folder", () => {
  it("a second process exits at once naming the folder and the first one's PID; the first keeps serving", {
    timeout: 180_000,
  }, async () => {
    const dataDir = path.join(await tempDir(), "pglite");
    const first = start({ DATA_DIR: dataDir });
    const base = await running(first);
    const lock = lockFileOf(dataDir);
    expect(JSON.parse(readFileSync(lock, "utf8")).pid).toBe(first.child.pid);

    const second = start({ DATA_DIR: dataDir });
    expect(await second.exit).toBe(1);
    expect(second.err()).toMatch(
      new RegExp(`^✖ the data folder ${dataDir} is in use by another Bidragskollen process \\(PID ${first.child.pid}, since `),
    );
    expect(second.err()).not.toMatch(/\n\s+at /); // one sentence, no stack trace
    expect(second.out()).not.toContain("database:"); // it never opened the database
    expect(await readyz(base)).toMatchObject({ ok: true, database: "pglite" });

    // Killed without a chance to clean up: the lock stays, and the next start takes it over.
    first.child.kill("SIGKILL");
    await first.exit;
    expect(existsSync(lock)).toBe(true);
    const third = start({ DATA_DIR: dataDir });
    const thirdBase = await running(third);
    expect(third.out()).toContain(`data folder lock: took over ${lock} from PID ${first.child.pid}`);
    expect(await readyz(thirdBase)).toMatchObject({ ok: true });

    third.child.kill("SIGTERM");
    expect(await third.exit).toBe(0);
    expect(existsSync(lock)).toBe(false); // released on shutdown
  });

  it("a process that fails after taking the lock (port in use) says why and leaves no lock behind", { timeout: 180_000 }, async () => {
    const busy = createServer().listen(0, "127.0.0.1");
    await new Promise((r) => busy.once("listening", r));
    try {
      const port = String((busy.address() as { port: number }).port);
      const dataDir = path.join(await tempDir(), "pglite");
      const s = start({ DATA_DIR: dataDir, PORT: port });
      expect(await s.exit).toBe(1);
      expect(s.err()).toBe(`✖ the port ${port} on 127.0.0.1 is already in use: set PORT to another one.\n`);
      expect(existsSync(lockFileOf(dataDir))).toBe(false);
    } finally {
      busy.close();
    }
  });

  it("a data folder that cannot be one: one clear sentence and exit code 1", { timeout: 60_000 }, async () => {
    const file = path.join(await tempDir(), "a-file");
    writeFileSync(file, "");
    const s = start({ DATA_DIR: path.join(file, "pglite") });
    expect(await s.exit).toBe(1);
    expect(s.err()).toBe(
      `✖ the data folder ${path.join(file, "pglite")} cannot be used: ${file} is a file, not a folder. Set DATA_DIR to a folder.\n`,
    );
  });
});
