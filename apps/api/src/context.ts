import type { PrismaClient } from "@bk/domain/server";

/** Per-request context: the Prisma client, who acts, and today's date. */
export type Context = {
  prisma: PrismaClient;
  /** Who makes changes, for the audit trail: the `X-Bidragskollen-User` header (no accounts yet). */
  actor: string;
  today: Date;
};

export const UNKNOWN_ACTOR = "Okänd användare";

/** Reads the acting user's name from the request; at most 100 characters. */
export function actorFrom(header: string | string[] | undefined): string {
  const raw = Array.isArray(header) ? header[0] : header;
  if (!raw) return UNKNOWN_ACTOR;
  let name = raw;
  try {
    name = decodeURIComponent(raw);
  } catch {
    // keep the raw header
  }
  name = name.trim().slice(0, 100);
  return name || UNKNOWN_ACTOR;
}
