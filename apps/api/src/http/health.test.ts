import type { AddressInfo } from "node:net";
import { MIGRATIONS_DIR, type PrismaClient, readMigrations } from "@bk/domain/server";
import express from "express";
import { afterEach, describe, expect, it } from "vitest";
import { onPostgres, startTestApi, type TestApi } from "../test/harness";
import { healthRouter } from "./health";

let api: TestApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

const get = async (base: string, route: string) => {
  const res = await fetch(`${base}${route}`);
  return { status: res.status, body: await res.json(), cache: res.headers.get("cache-control") };
};
const baseOf = (a: TestApi) => a.url.replace(/\/graphql$/, "");

describe("/healthz and /readyz", () => {
  it("both answer ok on a migrated database; /readyz says which database and how many migrations", async () => {
    api = await startTestApi({ seed: false });
    const migrations = (await readMigrations(MIGRATIONS_DIR)).length;
    expect(await get(baseOf(api), "/healthz")).toEqual({ status: 200, body: { ok: true }, cache: "no-store" });
    expect(await get(baseOf(api), "/readyz")).toEqual({
      status: 200,
      body: { ok: true, database: onPostgres() ? "postgresql" : "pglite", migrations },
      cache: "no-store",
    });
  });

  it("/readyz is 503 while a migration is not recorded as applied; /healthz stays 200", async () => {
    api = await startTestApi({ seed: false });
    const migrations = (await readMigrations(MIGRATIONS_DIR)).length;
    await api.db.prisma
      .$executeRaw`DELETE FROM "_prisma_migrations" WHERE migration_name = (SELECT max(migration_name) FROM "_prisma_migrations")`;
    expect(await get(baseOf(api), "/readyz")).toEqual({
      status: 503,
      body: { ok: false, reason: `1 of ${migrations} migrations not applied` },
      cache: "no-store",
    });
    expect((await get(baseOf(api), "/healthz")).status).toBe(200);
  });

  it("/readyz is 503 once the database is closed, without internals; /healthz stays 200", async () => {
    api = await startTestApi({ seed: false });
    await api.db.close();
    api.db.close = async () => {}; // closed already: the harness's close must not close it twice
    const ready = await get(baseOf(api), "/readyz");
    expect(ready).toEqual({ status: 503, body: { ok: false, reason: "the database does not answer" }, cache: "no-store" });
    expect(await get(baseOf(api), "/healthz")).toEqual({ status: 200, body: { ok: true }, cache: "no-store" });
  });

  it("/readyz gives up on a database that does not answer in time", async () => {
    const hanging = { $queryRaw: () => new Promise(() => {}) } as unknown as PrismaClient;
    const app = express().use(healthRouter(hanging, { timeoutMs: 50 }));
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      expect((await get(base, "/readyz")).body).toEqual({ ok: false, reason: "the database did not answer within 0.05 s" });
    } finally {
      server.close();
    }
  });
});
