import path from "node:path";
import { defineConfig } from "prisma/config";

// Prisma 6.19 with driver adapters: no engine binaries are downloaded. Migrations are
// authored with `prisma migrate diff` (no database needed) and applied by the app itself
// (packages/domain/src/server/migrate.ts).
process.env.CHECKPOINT_DISABLE ??= "1";
process.env.DATABASE_URL ??= "postgresql://embedded@127.0.0.1:5432/embedded";

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    const { PGlite } = await import("@electric-sql/pglite");
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    return new PrismaPGlite(new PGlite());
  },
});
