import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DataDirError, dataDirFromEnv, openDatabase } from "@bk/domain/server";
import { seedSourceDocuments } from "@bk/seed";
import { LOOKUP_CACHE_MS } from "./auth/lookup-cache";
import { DEFAULT_SESSION_POLICY } from "./auth/viewer";
import { createApp } from "./http/app";
import { QUERY_LIMITS } from "./limits/limits";
import { ensureFirstUsers } from "./modules/accounts/first-users";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const port = Number(process.env.PORT ?? 4000);
const host = process.env.HOST ?? "127.0.0.1";
const databaseUrl = process.env.DATABASE_URL;
const dataDir = dataDirFromEnv();

/** Stops with one clear sentence (no stack trace) for what the person starting the app can fix. */
function fail(message: string): never {
  console.error(`✖ ${message}`);
  process.exit(1); // also releases the data folder's lock, if taken
}

const db = await openDatabase({
  url: databaseUrl,
  dataDir,
  statementTimeoutMs: QUERY_LIMITS.statementMs,
  log: (l) => console.log(l),
}).catch((error) => {
  if (error instanceof DataDirError) fail(error.message);
  throw error;
});
console.log(`database: ${db.kind} (${db.location})`);
const seed = process.env.SEED !== "false";
if (seed) {
  const seeded = await seedSourceDocuments(db.prisma);
  console.log(`seed: ${seeded.seeded.length} source documents loaded, ${seeded.skipped.length} already present`);
}
await ensureFirstUsers(
  db.prisma,
  {
    adminEmail: process.env.ADMIN_EMAIL || undefined,
    adminPassword: process.env.ADMIN_PASSWORD || undefined,
    // Demo users come with the demo data, on the embedded database, unless DEMO_USERS=false.
    demo: seed && db.kind === "pglite" && process.env.DEMO_USERS !== "false",
    demoPassword: process.env.DEMO_PASSWORD || undefined,
  },
  (line) => console.log(line),
).catch((error: Error) => fail(error.message));

const threshold = Number(process.env.SMALL_COUNT_THRESHOLD ?? 5);
// "<2" would always mean exactly 1: a threshold protects only from 3 up.
if (!Number.isInteger(threshold) || threshold < 3) fail("SMALL_COUNT_THRESHOLD must be a whole number of at least 3");
const sessionCacheMs = Number(process.env.SESSION_CACHE_MS ?? LOOKUP_CACHE_MS);
if (!Number.isInteger(sessionCacheMs) || sessionCacheMs < 0 || sessionCacheMs > 60_000) {
  fail("SESSION_CACHE_MS must be a whole number of milliseconds from 0 to 60000");
}
const { app, stop } = await createApp({
  prisma: db.prisma,
  webDist: path.join(root, "apps", "web", "dist"),
  smallCountThreshold: threshold,
  sessionPolicy: {
    idleMinutes: Number(process.env.SESSION_IDLE_MINUTES ?? DEFAULT_SESSION_POLICY.idleMinutes),
    maxHours: Number(process.env.SESSION_MAX_HOURS ?? DEFAULT_SESSION_POLICY.maxHours),
  },
  trustProxy: process.env.TRUST_PROXY || undefined,
  viewerCacheMs: sessionCacheMs,
  listen: db.listen,
}).catch((error: Error) => fail(`the database's notifications could not be listened to: ${error.message}`));
// Express 5 hands a listen error (a port in use) to this callback.
const server = app.listen(port, host, (error?: NodeJS.ErrnoException) => {
  if (error) fail(error.code === "EADDRINUSE" ? `the port ${port} on ${host} is already in use: set PORT to another one.` : error.message);
  // The port actually bound (PORT=0 picks a free one).
  const bound = (server.address() as AddressInfo).port;
  console.log(`Bidragskollen is running at http://${host}:${bound}/ (GraphQL at http://${host}:${bound}/graphql)`);
});

// A client that sends its request slowly cannot hold a connection for long.
server.headersTimeout = 20_000;
server.requestTimeout = 30_000;

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  console.log(`${signal}: shutting down`);
  server.close();
  await stop();
  await db.close();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
