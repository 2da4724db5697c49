import { randomUUID } from "node:crypto";
import pg from "pg";

/** Databases of the API tests on the PostgreSQL server named by TEST_DATABASE_URL. */

export const newDatabaseName = (prefix: string) => `${prefix}_${randomUUID().replace(/-/g, "").slice(0, 16)}`;

/** The server URL with another database in its path. */
export function databaseUrl(serverUrl: string, name: string) {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer(serverUrl: string, sql: string) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/**
 * Creates a database, empty or as a copy of `template` (which nobody may be connected to:
 * the template databases of a run are only ever copied, never opened by a test).
 */
export async function createDatabase(serverUrl: string, name: string, template?: string) {
  await onServer(serverUrl, `CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ""}`);
  return { url: databaseUrl(serverUrl, name), drop: () => dropDatabase(serverUrl, name) };
}

export const dropDatabase = (serverUrl: string, name: string) => onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
