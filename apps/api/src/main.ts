import path from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase, seedSourceDocuments } from "@bk/domain/server";
import { createApp } from "./http/app";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const port = Number(process.env.PORT ?? 4000);
const host = process.env.HOST ?? "127.0.0.1";
const databaseUrl = process.env.DATABASE_URL;
const dataDir = process.env.DATA_DIR ?? path.join(root, ".data", "pglite");

const db = await openDatabase({ url: databaseUrl, dataDir, log: (l) => console.log(l) });
console.log(`database: ${db.kind} (${db.location})`);
if (process.env.SEED !== "false") {
  const seeded = await seedSourceDocuments(db.prisma);
  console.log(`seed: ${seeded.seeded.length} source documents loaded, ${seeded.skipped.length} already present`);
}

const threshold = Number(process.env.SMALL_COUNT_THRESHOLD ?? 5);
if (!Number.isInteger(threshold) || threshold < 2) throw new Error("SMALL_COUNT_THRESHOLD must be a whole number of at least 2");
const { app, stop } = await createApp({
  prisma: db.prisma,
  webDist: path.join(root, "apps", "web", "dist"),
  smallCountThreshold: threshold,
  rawFiguresToken: process.env.RAW_FIGURES_TOKEN || undefined,
});
const server = app.listen(port, host, () => {
  console.log(`Bidragskollen is running at http://${host}:${port}/ (GraphQL at http://${host}:${port}/graphql)`);
});

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
