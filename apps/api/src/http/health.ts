import { databaseKind, MIGRATIONS_DIR, type PrismaClient, readMigrations } from "@bk/domain/server";
import { Router } from "express";
import { withinMs } from "./time-limit";

export type HealthOptions = {
  /** How long /readyz waits for the database before answering 503; default 5 s. */
  timeoutMs?: number;
  migrationsDir?: string;
};

/**
 * `/healthz`: liveness, the process answers (no database: a slow database must not get a
 * healthy process restarted). `/readyz`: readiness, the database answers and has every
 * migration of this version applied, so a load balancer sends requests only then.
 * A failure says what in a few words, never how (no SQL, paths or stack): the log has the details.
 */
export function healthRouter(prisma: PrismaClient, { timeoutMs = 5000, migrationsDir = MIGRATIONS_DIR }: HealthOptions = {}) {
  const router = Router();
  // The migrations this version ships do not change while it runs: read them once.
  let expected: Promise<string[]> | undefined;
  let lastFailure: string | undefined;

  router.get("/healthz", (_req, res) => {
    res.set("Cache-Control", "no-store").json({ ok: true });
  });

  router.get("/readyz", async (_req, res) => {
    res.set("Cache-Control", "no-store");
    try {
      expected ??= readMigrations(migrationsDir).then((ms) => ms.map((m) => m.name));
      const names = await expected.catch((error) => {
        expected = undefined;
        throw new NotReady("the migrations of this version cannot be read", { cause: error });
      });
      const applied = await withinMs(
        timeoutMs,
        (async () => {
          await prisma.$queryRaw`SELECT 1`;
          return prisma.$queryRaw<{ migration_name: string }[]>`
          SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
        })(),
        () => {
          throw new NotReady(`the database did not answer within ${timeoutMs / 1000} s`);
        },
      );
      const done = new Set(applied.map((r) => r.migration_name));
      const missing = names.filter((n) => !done.has(n)).length;
      if (missing > 0) throw new NotReady(`${missing} of ${names.length} migrations not applied`);
      lastFailure = undefined;
      res.json({ ok: true, database: databaseKind(prisma), migrations: names.length });
    } catch (error) {
      const reason = error instanceof NotReady ? error.message : "the database does not answer";
      const detail = error instanceof NotReady ? error.cause : error;
      // Logged once per change, not on every probe of a load balancer.
      if (reason !== lastFailure) console.warn(`readyz: not ready: ${reason}${detail ? ` (${String(detail)})` : ""}`);
      lastFailure = reason;
      res.status(503).json({ ok: false, reason });
    }
  });
  return router;
}

class NotReady extends Error {}
