// `pnpm migration:new <name>`: writes the SQL that takes the last migrated schema to the current
// prisma/schema.prisma, using `prisma migrate diff` (no database needed).
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./lib.mjs";

const SNAPSHOT = "schema.snapshot.prisma";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: pnpm migration:new <name_in_snake_case>");
  process.exit(1);
}
const migrationsDir = path.join(ROOT, "prisma", "migrations");
// Each migration folder keeps the schema it produces (schema.snapshot.prisma), so the next
// migration is the diff from that snapshot to the current schema.
const last = readdirSync(migrationsDir)
  .filter((d) => existsSync(path.join(migrationsDir, d, SNAPSHOT)))
  .sort()
  .at(-1);
const from = last ? ["--from-schema-datamodel", path.join(migrationsDir, last, SNAPSHOT)] : ["--from-empty"];
const res = spawnSync("pnpm", ["exec", "prisma", "migrate", "diff", ...from, "--to-schema-datamodel", "prisma/schema.prisma", "--script"], {
  cwd: ROOT,
  encoding: "utf8",
  env: { ...process.env, CHECKPOINT_DISABLE: "1" },
});
if (res.status !== 0) {
  console.error(res.stderr);
  process.exit(res.status ?? 1);
}
if (res.stdout.includes("This is an empty migration")) {
  console.log("prisma/schema.prisma has no changes since the last migration");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(migrationsDir, `${stamp}_${name}`);
mkdirSync(dir);
writeFileSync(path.join(dir, "migration.sql"), res.stdout);
copyFileSync(path.join(ROOT, "prisma", "schema.prisma"), path.join(dir, SNAPSHOT));
console.log(`wrote ${path.relative(ROOT, dir)}/migration.sql`);
