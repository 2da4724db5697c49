import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's root folder (where the root package.json is). */
export const PROJECT_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));

/**
 * The embedded database's folder: DATA_DIR, or `.data/pglite`. A relative DATA_DIR is taken
 * from the project folder, not from the working directory (which is apps/api under `npm start`
 * but the root under `npm run backup`): the server, backup and restore must all mean the same folder.
 */
export function dataDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(PROJECT_ROOT, env.DATA_DIR || path.join(".data", "pglite"));
}
