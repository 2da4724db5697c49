import type { Prisma, PrismaClient } from "@bk/domain/server";

type Db = PrismaClient | Prisma.TransactionClient;

/**
 * One line in a user's account history (logins, tokens, password and role changes), for the
 * administrator's view and for investigations. Never a password or a token in `detail`.
 */
export async function recordAccountEvent(
  db: Db,
  e: { userId: string | null; actorId: string | null; action: string; detail?: Record<string, unknown>; ip?: string | null },
) {
  await db.accountEvent.create({
    data: { userId: e.userId, actorId: e.actorId, action: e.action, detail: e.detail ? JSON.stringify(e.detail) : null, ip: e.ip ?? null },
  });
}
