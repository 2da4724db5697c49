import type { PrismaClient } from "@bk/domain/server";

/** Per-request context: the Prisma client, who acts, today's date and what the caller may see. */
export type Context = {
  prisma: PrismaClient;
  /** May see raw counts of people (the raw-figures token was presented). */
  rawFigures: boolean;
  /** Counts of people from 1 to threshold−1 are shown as "<threshold" to others. */
  smallCountThreshold: number;
  /** Per-request memo of small-count protection, by indicator (see statistics/protection.ts). */
  loaders: Map<string, unknown>;
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
  // One line of visible text: no control characters, line breaks or direction marks (which could
  // make the audit trail show a name other than the one stored).
  name = name
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, "")
    .trim()
    .slice(0, 100);
  return name || UNKNOWN_ACTOR;
}
