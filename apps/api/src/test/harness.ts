import { readFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import type { Role } from "@bk/domain";
import { type Database, openDatabase } from "@bk/domain/server";
import { seedSourceDocuments } from "@bk/seed";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { type DocumentNode, print } from "graphql";
import { SESSION_COOKIE } from "../auth/viewer";
import { type AppOptions, createApp } from "../http/app";
import { newSecret } from "../modules/accounts/secrets";
import { runTemplates } from "./templates";
import { createDatabase, newDatabaseName } from "./test-databases";

/**
 * Integration-test harness against a real database: embedded PGlite in memory by default, or
 * a fresh, throw-away database on the PostgreSQL server named by TEST_DATABASE_URL; either is
 * a copy of the run's template (see global-setup.ts and README.md).
 */
export type TestApi = {
  db: Database;
  url: string;
  /** SQL statements sent since the last reset (for N+1 tests). */
  statements: string[];
  /** Those of them that read or write the product's data (not who is logged in). */
  dataStatements(): string[];
  /** A request as an administrator (or as whoever the headers name). */
  gql: Send<[headers?: RequestHeaders]>;
  /** Requests as a user with these roles and projects (made and logged in once), or as nobody. */
  as(as: As): { gql: Send };
  /** The headers (a session cookie) that make a request come from this user. */
  headersFor(as: As): Promise<Record<string, string>>;
  /** GET a path of the server (an export, a calendar, /healthz), by default as an administrator. */
  get(path: string, as?: As): Promise<Response>;
  close(): Promise<void>;
};

type RequestHeaders = Record<string, string>;

/**
 * Sends a query: a document typed from the committed schema (`graphql()` from ./generated, see
 * README.md), whose variables (required when the operation has required ones) and answer are
 * typed, or a string for a query that is meant to be wrong (invalid, too deep, too costly).
 */
export type Send<Extra extends unknown[] = []> = {
  <TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...args: VariablesArgs<TVariables, Extra>
  ): Promise<GqlResult<TResult>>;
  <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, ...extra: Extra): Promise<GqlResult<T>>;
};
type VariablesArgs<V, Extra extends unknown[]> = Record<string, never> extends V ? [variables?: V, ...Extra] : [variables: V, ...Extra];

export type GqlResult<T> = {
  data?: T | null;
  errors?: {
    message: string;
    path?: string[];
    extensions: {
      code: string;
      field?: string;
      reason?: string;
      params?: Record<string, string | number | null>;
      fieldViolations?: Record<string, { reason: string; params: Record<string, string | number | null> }>;
    };
  }[];
};

export const onPostgres = () => !!process.env.TEST_DATABASE_URL;

/**
 * A database of its own for one test file, a copy of the run's migrated (or seeded) template
 * when global-setup.ts made them, else migrated (and seeded) here (benchmarks).
 */
async function openTestDatabase(seed: boolean, onQuery: (sql: string) => void): Promise<{ db: Database; drop?: () => Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const templates = await runTemplates(serverUrl ? "postgresql" : "pglite");
  const template = templates?.[seed ? "seeded" : "migrated"];
  let db: Database;
  let drop: (() => Promise<void>) | undefined;
  if (serverUrl) {
    const copy = await createDatabase(serverUrl, newDatabaseName("bk_test"), template);
    db = await openDatabase({ url: copy.url, onQuery });
    drop = copy.drop;
  } else {
    const loadDataDir = template ? new Blob([new Uint8Array(await readFile(template))]) : undefined;
    db = await openDatabase({ dataDir: "memory://", loadDataDir, onQuery });
  }
  if (seed && !template) await seedSourceDocuments(db.prisma);
  return { db, drop };
}

/** The JSON body of a GraphQL request (for tests that post themselves, to read headers). */
export const requestBody = (query: string | DocumentNode, variables?: unknown) =>
  JSON.stringify({ query: typeof query === "string" ? query : print(query), variables });

/** Who a test request comes from: a user with these roles (and projects), or nobody. */
export type As = { roles: Role[]; projectIds?: string[]; name?: string } | "anonymous";

export async function startTestApi({
  seed = true,
  smallCountThreshold = 5,
  ...appOptions
}: { seed?: boolean } & Partial<Omit<AppOptions, "prisma">> = {}): Promise<TestApi> {
  const statements: string[] = [];
  const { db, drop } = await openTestDatabase(seed, (sql) => statements.push(sql));
  const { app, stop } = await createApp({ prisma: db.prisma, smallCountThreshold, listen: db.listen, ...appOptions });
  const server = app.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

  // Users are made once per kind and logged in by writing a session straight into the database
  // (no password hashing: the login itself has its own tests in accounts/).
  const cookies = new Map<string, string>();
  async function cookieFor(as: Exclude<As, "anonymous">): Promise<string> {
    const key = JSON.stringify([[...as.roles].sort(), [...(as.projectIds ?? [])].sort(), as.name ?? ""]);
    const known = cookies.get(key);
    if (known) return known;
    const n = cookies.size + 1;
    const user = await db.prisma.user.create({
      data: {
        email: `test-${n}@bidragskollen.test`,
        name: as.name ?? `Test ${as.roles.join("+")} ${n}`,
        roles: as.roles,
        projects: { create: (as.projectIds ?? []).map((projectId) => ({ projectId })) },
      },
    });
    const { token, hash } = newSecret("session");
    await db.prisma.session.create({ data: { userId: user.id, tokenHash: hash, expiresAt: new Date(Date.now() + 86_400_000) } });
    const cookie = `${SESSION_COOKIE}=${token}`;
    cookies.set(key, cookie);
    return cookie;
  }
  const headersFor = async (as: As): Promise<Record<string, string>> => (as === "anonymous" ? {} : { cookie: await cookieFor(as) });
  const post = async <T>(query: string | DocumentNode, variables: unknown, headers: RequestHeaders) => {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: requestBody(query, variables),
    });
    return (await res.json()) as GqlResult<T>;
  };
  await headersFor({ roles: ["ADMIN"] });
  statements.length = 0;
  return {
    db,
    url,
    statements,
    get: async (path: string, as: As = { roles: ["ADMIN"] }) => fetch(url.replace(/\/graphql$/, path), { headers: await headersFor(as) }),
    dataStatements: () => statements.filter((s) => !/"public"\."(Session|User|UserProject|AccessToken)"/.test(s)),
    headersFor,
    // By default as an administrator (who may do everything but see raw counts), unless the
    // headers name someone else (a cookie or a token).
    gql: (async (query: string | DocumentNode, variables?: unknown, headers: RequestHeaders = {}) => {
      const who = headers.cookie || headers.authorization ? {} : await headersFor({ roles: ["ADMIN"] });
      return post(query, variables, { ...who, ...headers });
    }) as Send<[headers?: RequestHeaders]>,
    as(as: As) {
      return { gql: (async (query: string | DocumentNode, variables?: unknown) => post(query, variables, await headersFor(as))) as Send };
    },
    async close() {
      server.close();
      await stop();
      await db.close();
      await drop?.();
    },
  };
}
