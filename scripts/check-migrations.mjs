// `node scripts/check-migrations.mjs` (run by `npm test`): fails when prisma/schema.prisma holds a
// change that no migration carries. Each migration folder keeps the schema it produces
// (schema.snapshot.prisma, see new-migration.mjs), so the newest snapshot must describe the same
// database as prisma/schema.prisma. `prisma migrate diff` compares the two data models without a
// database: comments, documentation, blank lines and order are no change; a field, an index, a
// default or an enum value is.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./lib.mjs";

const SNAPSHOT = "schema.snapshot.prisma";
const migrationsDir = path.join(ROOT, "prisma", "migrations");
const schema = path.join(ROOT, "prisma", "schema.prisma");

function fail(sentence) {
  console.error(`✖ ${sentence}`);
  process.exit(1);
}

const folders = readdirSync(migrationsDir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
if (folders.length === 0) fail("prisma/migrations has no migration: run `pnpm migration:new init`.");
// A hand-written (SQL only) migration copies the previous snapshot unchanged, so every folder has both files.
for (const folder of folders) {
  for (const file of ["migration.sql", SNAPSHOT]) {
    if (!existsSync(path.join(migrationsDir, folder, file))) {
      fail(
        `prisma/migrations/${folder} has no ${file}` +
          (file === SNAPSHOT ? " (copy the previous migration's, if this one does not change prisma/schema.prisma)." : "."),
      );
    }
  }
}
const latest = folders.at(-1);

const prisma = path.join(ROOT, "node_modules", ".bin", process.platform === "win32" ? "prisma.cmd" : "prisma");
if (!existsSync(prisma)) fail("Prisma is not installed: run `pnpm install` first.");
const res = spawnSync(
  prisma,
  [
    "migrate",
    "diff",
    "--from-schema-datamodel",
    path.join(migrationsDir, latest, SNAPSHOT),
    "--to-schema-datamodel",
    schema,
    "--exit-code",
  ],
  { cwd: ROOT, encoding: "utf8", env: { ...process.env, CHECKPOINT_DISABLE: "1" } },
);
// --exit-code: 0 when the two describe the same database, 2 when they differ, 1 on an error.
if (res.status === 0) {
  console.log(`prisma/schema.prisma matches the latest migration (${latest}).`);
} else if (res.status === 2) {
  console.error(res.stdout.trim());
  fail(
    `prisma/schema.prisma has changes that no migration carries (compared with prisma/migrations/${latest}/${SNAPSHOT}): ` +
      "run `pnpm migration:new <name>` to write the migration, and commit it.",
  );
} else {
  console.error(res.stderr || res.stdout || res.error?.message);
  fail(`prisma migrate diff could not compare prisma/schema.prisma with prisma/migrations/${latest}/${SNAPSHOT} (exit ${res.status}).`);
}
