import type { PrismaClient } from "@bk/domain/server";

/**
 * Failed logins are limited per account and per address, in the database so that every API
 * process counts the same: 5 failures for one e-mail address or 20 from one IP address within
 * 15 minutes block further tries from it for 15 minutes. The key is the address typed, whether
 * or not such an account exists, so the answer says nothing about which accounts there are.
 */
export const THROTTLE = { windowMinutes: 15, blockMinutes: 15, perEmail: 5, perAddress: 20 } as const;

export const throttleKeys = (email: string, ip: string) => [
  { key: `email:${email}`, limit: THROTTLE.perEmail },
  { key: `ip:${ip}`, limit: THROTTLE.perAddress },
];

/** The time the first of these keys is blocked until, if any is blocked now. */
export async function blockedUntil(prisma: PrismaClient, keys: string[], now: Date): Promise<Date | null> {
  const rows = await prisma.loginThrottle.findMany({
    where: { key: { in: keys }, blockedUntil: { gt: now } },
    select: { blockedUntil: true },
  });
  const times = rows.map((r) => r.blockedUntil?.getTime() ?? 0);
  return times.length ? new Date(Math.max(...times)) : null;
}

/** Counts one failure for the key (atomically, whatever other processes do) and blocks it at its limit. */
export async function recordFailure(prisma: PrismaClient, key: string, limit: number, now: Date) {
  const windowStart = new Date(now.getTime() - THROTTLE.windowMinutes * 60_000);
  const [row] = await prisma.$queryRaw<{ failures: number }[]>`
    INSERT INTO "LoginThrottle" ("key", "failures", "windowStart") VALUES (${key}, 1, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "LoginThrottle"."windowStart" < ${windowStart} THEN 1 ELSE "LoginThrottle"."failures" + 1 END,
      "windowStart" = CASE WHEN "LoginThrottle"."windowStart" < ${windowStart} THEN ${now} ELSE "LoginThrottle"."windowStart" END
    RETURNING "failures"`;
  if (row && row.failures >= limit) {
    await prisma.loginThrottle.update({ where: { key }, data: { blockedUntil: new Date(now.getTime() + THROTTLE.blockMinutes * 60_000) } });
  }
}

/** A successful login clears its account's count (not its address's: one good password must not reset a spray). */
export async function clearFailures(prisma: PrismaClient, key: string) {
  await prisma.loginThrottle.deleteMany({ where: { key } });
}
