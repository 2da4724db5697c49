/*
 * `npm run backup [file]` and `npm run restore <file> [--force]` (scripts/backup.mjs and
 * scripts/restore.mjs run this with tsx): back up and restore the embedded database in DATA_DIR.
 */
import path from "node:path";
import { DataDirError } from "./data-dir-error";
import { dataDirFromEnv } from "./data-dir-path";
import { backupDataDir, restoreDataDir } from "./embedded-backup";

const USAGE = "usage: npm run backup [file]   |   npm run restore <file> [--force]";

/** A mistake in how the command was called: told without a stack trace. */
class CommandError extends Error {}

// A file named on the command line is relative to where the command was typed (npm's INIT_CWD).
const fromCwd = (file: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
const log = (line: string) => console.log(line);

// Ctrl-C and kill: leave through process.exit, which releases the data folder's lock.
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(130));

async function main([command, ...args]: string[]) {
  if (/^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "")) {
    throw new CommandError(
      "DATABASE_URL names a PostgreSQL server: back it up with pg_dump -Fc and restore with pg_restore (see the README).",
    );
  }
  const dataDir = dataDirFromEnv();
  const force = args.includes("--force");
  const files = args.filter((a) => a !== "--force");
  if (args.some((a) => a.startsWith("-") && a !== "--force") || files.length > 1) throw new CommandError(USAGE);

  if (command === "backup" && !force) {
    const { file, bytes } = await backupDataDir({ dataDir, file: files[0] && fromCwd(files[0]), log });
    console.log(`backup of ${dataDir} written to ${file} (${(bytes / 1024 / 1024).toFixed(1)} MB)`);
  } else if (command === "restore" && files[0]) {
    const { dir } = await restoreDataDir({ dataDir, file: fromCwd(files[0]), force, log });
    console.log(`restored ${fromCwd(files[0])} into ${dir}`);
  } else {
    throw new CommandError(USAGE);
  }
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  // The expected problems are told in one sentence; anything else with its stack.
  const known = error instanceof DataDirError || error instanceof CommandError;
  console.error(`✖ ${known ? error.message : error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
}
