import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Database, openDatabase } from "@bk/domain/server";
import { seedSourceDocuments } from "@bk/seed";
import type { TestProject } from "vitest/node";
import type { TestTemplates } from "./templates";
import { createDatabase, dropDatabase, newDatabaseName } from "./test-databases";

/**
 * Migrates and seeds once per run (not once per test file): a migrated and a seeded template
 * that startTestApi() copies. PostgreSQL: two template databases, cloned with CREATE DATABASE
 * … TEMPLATE and dropped at the end; PGlite: two files with the database, loaded with loadDataDir.
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const { templates, remove } = serverUrl ? await onPostgres(serverUrl) : await onPglite();
  project.provide("testTemplates", templates);
  return remove;
}

async function onPostgres(serverUrl: string) {
  const base = newDatabaseName("bk_tpl");
  const templates: TestTemplates = { on: "postgresql", migrated: `${base}_migrated`, seeded: `${base}_seeded` };
  const remove = async () => {
    await dropDatabase(serverUrl, templates.seeded);
    await dropDatabase(serverUrl, templates.migrated);
  };
  try {
    const migrated = await createDatabase(serverUrl, templates.migrated);
    await (await openDatabase({ url: migrated.url })).close(); // opening migrates
    const seeded = await createDatabase(serverUrl, templates.seeded, templates.migrated);
    const db = await openDatabase({ url: seeded.url });
    await seed(db);
  } catch (error) {
    await remove();
    throw error;
  }
  return { templates, remove };
}

async function onPglite() {
  const dir = await mkdtemp(path.join(tmpdir(), "bk-test-templates-"));
  const templates: TestTemplates = { on: "pglite", migrated: path.join(dir, "migrated.tar"), seeded: path.join(dir, "seeded.tar") };
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    const db = await openDatabase({ dataDir: "memory://" });
    const dump = async (file: string) => writeFile(file, new Uint8Array(await (await db.dumpDataDir!()).arrayBuffer()));
    await dump(templates.migrated);
    await seed(db, () => dump(templates.seeded));
  } catch (error) {
    await remove();
    throw error;
  }
  return { templates, remove };
}

async function seed(db: Database, andThen?: () => Promise<void>) {
  try {
    await seedSourceDocuments(db.prisma);
    await andThen?.();
  } finally {
    await db.close();
  }
}
