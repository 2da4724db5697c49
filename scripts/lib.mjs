// Helpers for the README's commands. Plain Node (no dependencies): they must work on a
// fresh clone with nothing but Node 20+ and npm.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { unlessUnchanged } from "./source-hash.mjs";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PNPM_VERSION = "12.21.0";

Object.assign(process.env, {
  CHECKPOINT_DISABLE: "1",
  TURBO_TELEMETRY_DISABLED: "1",
  TURBO_NO_UPDATE_NOTIFIER: "1",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
});

export function step(title) {
  console.log(`\n▶ ${title}`);
}

/** Runs a command in the repo with inherited output; returns its exit code. */
export function run(cmd, args, { cwd = ROOT, env = {}, allowFail = false } = {}) {
  const res = spawnSync(cmd, args, { cwd, stdio: "inherit", env: { ...process.env, ...env } });
  const code = res.status ?? 1;
  if (code !== 0 && !allowFail) {
    console.error(`✖ ${cmd} ${args.join(" ")} exited with ${code}`);
    process.exit(code);
  }
  return code;
}

let pnpmCommand;
/** pnpm 12 if it is on the PATH, else through npx (downloads it from the npm registry once). */
export function pnpm(args, opts) {
  if (!pnpmCommand) {
    const probe = spawnSync("pnpm", ["--version"], { encoding: "utf8" });
    pnpmCommand = probe.status === 0 && probe.stdout.trim().startsWith("12.") ? ["pnpm"] : ["npx", "-y", `pnpm@${PNPM_VERSION}`];
  }
  return run(pnpmCommand[0], [...pnpmCommand.slice(1), ...args], opts);
}

/** Every package.json of the workspace and the lockfile: what `pnpm install` reads. */
const MANIFESTS = [
  "pnpm-lock.yaml",
  "pnpm-workspace.yaml",
  "package.json",
  "apps/api/package.json",
  "apps/web/package.json",
  "packages/domain/package.json",
  "prisma/seed/package.json",
  "e2e/package.json",
];

/**
 * Runs each step unless what it reads (`inputs`) hashes as at its last successful run and what
 * it makes (`output`) is there: the hash is kept in `stampFile` (see source-hash.mjs).
 */
export function runChangedSteps(steps) {
  for (const { title, upToDate, run: command, ...files } of steps) {
    const work = () => {
      step(title);
      command();
    };
    const ran = unlessUnchanged({ root: ROOT, ...files, work });
    if (!ran) step(upToDate);
  }
}

/**
 * Installs what is missing and generates the Prisma client, each skipped when nothing it reads
 * changed (pnpm and prisma take seconds even when there is nothing to do).
 */
export function ensureInstalled() {
  runChangedSteps([
    {
      title: "Installing dependencies (pnpm install)",
      upToDate: "Dependencies up to date (pnpm-lock.yaml and package.json files unchanged)",
      inputs: MANIFESTS,
      output: "node_modules/.pnpm/lock.yaml",
      stampFile: "node_modules/.bk-install-hash",
      run: () => pnpm(["install", "--frozen-lockfile", "--prefer-offline"]),
    },
    {
      title: "Generating the Prisma client",
      upToDate: "Prisma client up to date (prisma/schema.prisma unchanged)",
      inputs: ["prisma/schema.prisma", "pnpm-lock.yaml", "packages/domain/src/generated"],
      output: "packages/domain/src/generated/prisma/client.ts",
      stampFile: "node_modules/.bk-prisma-hash",
      run: () => pnpm(["exec", "prisma", "generate", "--no-hints"]),
    },
  ]);
}

/** Debian's Chromium for the browser tests; installed with apt when missing and we are root. */
export function ensureChromium() {
  const wanted = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (existsSync(wanted)) return wanted;
  if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    step("Installing Chromium for the browser tests (apt-get install chromium)");
    run("apt-get", ["update", "-qq"]);
    run("apt-get", ["install", "-y", "-qq", "chromium"], { env: { DEBIAN_FRONTEND: "noninteractive" } });
    if (existsSync(wanted)) return wanted;
  }
  console.error(`✖ Chromium not found at ${wanted}. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}

/**
 * Before a long install and build: stop at once when a running server already holds the
 * embedded data folder (the server itself takes the real lock; see data-dir-lock.ts).
 */
export function assertDataFolderFree() {
  if (/^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "")) return;
  const dir = path.resolve(ROOT, process.env.DATA_DIR || path.join(".data", "pglite"));
  // The lock sits beside the folder's real path (a symlink shares it): as lockFileOf() in data-dir-lock.ts.
  const real = (p) => {
    try {
      return realpathSync(p);
    } catch {
      return undefined;
    }
  };
  const parent = real(path.dirname(dir));
  const lockFile = `${real(dir) ?? (parent ? path.join(parent, path.basename(dir)) : dir)}.lock`;
  let owner;
  try {
    owner = JSON.parse(readFileSync(lockFile, "utf8"));
  } catch {
    return; // no lock, or one the server will judge
  }
  if (owner?.host !== hostname() || !Number.isInteger(owner?.pid)) return;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if (error.code === "ESRCH") return; // a stale lock: the server takes it over
  }
  console.error(`✖ the data folder ${dir} is in use by another Bidragskollen process (PID ${owner.pid}): stop it first, or set DATA_DIR.`);
  process.exit(1);
}
