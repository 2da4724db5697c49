import type { PrismaClient } from "@bk/domain/server";

/** Per-request context: the Prisma client and today's date (injectable for deterministic tests). */
export type Context = {
  prisma: PrismaClient;
  today: Date;
};
