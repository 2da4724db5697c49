import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** A built web app in miniature for the server to serve: each file by its path in the build, in a new temporary folder. */
export function writeWebDist(files: Record<string, string | Buffer>): string {
  const dist = mkdtempSync(path.join(tmpdir(), "bk-web-dist-"));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dist, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return dist;
}
