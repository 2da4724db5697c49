// Runs packages/domain/src/server/backup-command.ts (TypeScript) with tsx for `npm run backup`
// and `npm run restore`: plain Node, like the other scripts here.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { ensureInstalled, ROOT, run } from "./lib.mjs";

export function runBackupCommand(command) {
  const api = path.join(ROOT, "apps", "api");
  // Install only on a fresh clone: nothing else here needs it, and a restore on a server
  // being set up again should not wait for (or need) the registry.
  if (!existsSync(path.join(api, "node_modules", "tsx")) || !existsSync(path.join(ROOT, "packages", "domain", "node_modules"))) {
    ensureInstalled();
  }
  const tsx = createRequire(path.join(api, "package.json")).resolve("tsx/cli");
  const entry = path.join(ROOT, "packages", "domain", "src", "server", "backup-command.ts");
  const args = process.argv.slice(2);
  // `npm run restore file --force` gives --force to npm itself (without `--` before it): npm
  // passes it on only as npm_config_force.
  const { npm_config_force: npmForce } = process.env;
  if (npmForce === "true" && !args.includes("--force")) args.push("--force");
  process.exit(run(process.execPath, [tsx, entry, command, ...args], { allowFail: true }));
}
