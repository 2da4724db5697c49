// "Has anything changed since the last build?": a hash of the files a step reads, kept beside
// what the step made. Plain Node (no dependencies), like the rest of scripts/.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Folders that are outputs or caches, never sources. */
const SKIPPED = new Set(["node_modules", "dist", ".turbo", ".vite", "test-results", "playwright-report"]);

function* filesUnder(root, relative) {
  const full = path.join(root, relative);
  if (!existsSync(full)) return;
  if (!statSync(full).isDirectory()) {
    yield relative;
    return;
  }
  for (const entry of readdirSync(full, { withFileTypes: true })) {
    if (entry.isDirectory() && SKIPPED.has(entry.name)) continue;
    // Tests do not change what is built.
    if (/\.test\.tsx?$/.test(entry.name)) continue;
    yield* filesUnder(root, path.join(relative, entry.name));
  }
}

/** One hash over the names and contents of the files and folders `inputs` (relative to `root`). */
export function hashSources(root, inputs) {
  const hash = createHash("sha256");
  const files = [...new Set(inputs.flatMap((input) => [...filesUnder(root, input)]))].sort();
  for (const file of files)
    hash
      .update(`${file.split(path.sep).join("/")}\0`)
      .update(readFileSync(path.join(root, file)))
      .update("\0");
  return hash.digest("hex");
}

/**
 * Runs `work` unless `inputs` hash as they did when it last succeeded and `output` is still
 * there; then records the hash in `stampFile`. Returns whether `work` ran.
 */
export function unlessUnchanged({ root, inputs, output, stampFile, work }) {
  const hash = hashSources(root, inputs);
  const stamp = path.join(root, stampFile);
  const current = existsSync(path.join(root, output)) && existsSync(stamp) && readFileSync(stamp, "utf8").trim() === hash;
  if (current) return false;
  work();
  mkdirSync(path.dirname(stamp), { recursive: true });
  // Hashed again: the step itself may have written into the inputs (prisma generate does).
  writeFileSync(stamp, `${hashSources(root, inputs)}\n`);
  return true;
}
