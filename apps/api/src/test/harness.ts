import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { type Database, openDatabase, seedSourceDocuments } from "@bk/domain/server";
import pg from "pg";
import { type AppOptions, createApp } from "../http/app";

/**
 * Integration-test harness against a real database: embedded PGlite in memory by default, or
 * a fresh, throw-away database on the PostgreSQL server named by TEST_DATABASE_URL.
 */
export type TestApi = {
  db: Database;
  url: string;
  /** SQL statements sent since the last reset (for N+1 tests). */
  statements: string[];
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GqlResult<T>>;
  close(): Promise<void>;
};

export type GqlResult<T> = {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions: { code: string; field?: string; fieldErrors?: Record<string, string> } }[];
};

export const onPostgres = () => !!process.env.TEST_DATABASE_URL;

async function createThrowawayDatabase(serverUrl: string) {
  const name = `bk_test_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export async function startTestApi({
  seed = true,
  smallCountThreshold = 5,
  rawFiguresToken = "test-raw-token",
  ...appOptions
}: { seed?: boolean } & Partial<Omit<AppOptions, "prisma">> = {}): Promise<TestApi> {
  const statements: string[] = [];
  const serverUrl = process.env.TEST_DATABASE_URL;
  const temp = serverUrl ? await createThrowawayDatabase(serverUrl) : null;
  const db = await openDatabase({ url: temp?.url, dataDir: "memory://", onQuery: (sql) => statements.push(sql) });
  if (seed) await seedSourceDocuments(db.prisma);
  const { app, stop } = await createApp({ prisma: db.prisma, smallCountThreshold, rawFiguresToken, ...appOptions });
  const server = app.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  statements.length = 0;
  return {
    db,
    url,
    statements,
    async gql<T>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GqlResult<T>;
    },
    async close() {
      server.close();
      await stop();
      await db.close();
      await temp?.drop();
    },
  };
}
