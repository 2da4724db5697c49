// Runs a workspace tool after making sure dependencies are installed: `node scripts/run.mjs turbo run build`.
import { ensureInstalled, pnpm } from "./lib.mjs";

ensureInstalled();
pnpm(["exec", ...process.argv.slice(2)]);
