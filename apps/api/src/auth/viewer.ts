import { type Permission, permissionsOf, type Role } from "@bk/domain";
import { Prisma, type PrismaClient } from "@bk/domain/server";
import type { Request } from "express";
import { hashSecret, SECRET_PREFIX } from "../modules/accounts/secrets";
import { LOOKUP_CACHE_MS, type LookupCache, lookupCache } from "./lookup-cache";

/** The logged-in user making a request, and how they proved who they are. */
export type Viewer = {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  /** The projects this user leads (PROJECT_LEAD). */
  projectIds: string[];
  permissions: Set<Permission>;
  /** A browser session (cookie), a personal access token (Bearer) or a calendar link. */
  via: "session" | "token" | "feed";
  sessionId?: string;
  tokenId?: string;
};

/** How long a session lasts: since it was last used, and at most since it began. */
export type SessionPolicy = { idleMinutes: number; maxHours: number };
export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMinutes: 240, maxHours: 24 };

export const SESSION_COOKIE = "bk_session";
/** Last-use times are written at most this often (one UPDATE a minute per session, not one per request). */
const TOUCH_MS = 60_000;

type UserRow = { id: string; email: string; name: string; roles: Role[]; active: boolean; projects: { projectId: string }[] };

function toViewer(user: UserRow, via: Viewer["via"], ids: { sessionId?: string; tokenId?: string }): Viewer | null {
  if (!user.active) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    roles: user.roles,
    projectIds: user.projects.map((p) => p.projectId),
    permissions: permissionsOf(user.roles),
    via,
    ...ids,
  };
}

/** The user `u` as toViewer takes it, built as JSON by PostgreSQL (the one definition of what a viewer reads). */
const USER_JSON = Prisma.sql`json_build_object('id', u."id", 'email', u."email", 'name', u."name", 'roles', u."roles",
  'active', u."active", 'projects', coalesce((SELECT json_agg(json_build_object('projectId', up."projectId"))
    FROM "public"."UserProject" up WHERE up."userId" = u."id"), '[]'::json))`;

type SessionRow = { id: string; lastSeenAt: Date; expiresAt: Date; user: UserRow };
type TokenRow = { id: string; kind: string; revokedAt: Date | null; expiresAt: Date | null; lastUsedAt: Date | null; user: UserRow };

/**
 * A session or token with its user and the user's projects, in one statement that builds the user
 * in PostgreSQL: every request starts with it, and through the Prisma client's relation loading it
 * was the largest part of an empty request's time (bench W0).
 */
async function sessionByHash(prisma: PrismaClient, tokenHash: string): Promise<SessionRow | null> {
  const rows = await prisma.$queryRaw<SessionRow[]>`SELECT s."id", s."lastSeenAt", s."expiresAt", ${USER_JSON} AS "user"
    FROM "public"."Session" s JOIN "public"."User" u ON u."id" = s."userId" WHERE s."tokenHash" = ${tokenHash}`;
  return rows[0] ?? null;
}

async function tokenByHash(prisma: PrismaClient, tokenHash: string): Promise<TokenRow | null> {
  const rows = await prisma.$queryRaw<TokenRow[]>`SELECT t."id", t."kind"::text AS "kind", t."revokedAt", t."expiresAt", t."lastUsedAt",
      ${USER_JSON} AS "user"
    FROM "public"."AccessToken" t JOIN "public"."User" u ON u."id" = t."userId" WHERE t."tokenHash" = ${tokenHash}`;
  return rows[0] ?? null;
}

/** The channel a change of who may do what is announced on (migration 20261124224234_accounts_changed_notify). */
export const ACCOUNTS_CHANGED = "bk_accounts_changed";

/** Sessions and tokens found in the last few seconds (lookup-cache.ts: what keeps it safe). */
export type ViewerCache = {
  sessions: LookupCache<SessionRow>;
  tokens: LookupCache<TokenRow>;
  clear(): void;
  /** false: keep nothing until true again (the database's notifications may be missed meanwhile). */
  keep(keeping: boolean): void;
};

export function viewerCache(ttlMs = LOOKUP_CACHE_MS): ViewerCache {
  const sessions = lookupCache<SessionRow>({ ttlMs });
  const tokens = lookupCache<TokenRow>({ ttlMs });
  return {
    sessions,
    tokens,
    clear() {
      sessions.clear();
      tokens.clear();
    },
    keep(keeping) {
      sessions.keep(keeping);
      tokens.keep(keeping);
    },
  };
}

/** No cache: every request looks its session up. */
const NO_CACHE = viewerCache(0);

/** The viewer a new session makes: for the rest of the request that logged in. */
export async function viewerOfUser(prisma: PrismaClient, userId: string, sessionId: string): Promise<Viewer | null> {
  const [row] = await prisma.$queryRaw<{ user: UserRow }[]>`SELECT ${USER_JSON} AS "user" FROM "public"."User" u WHERE u."id" = ${userId}`;
  return row ? toViewer(row.user, "session", { sessionId }) : null;
}

export function readCookie(req: Request, name: string): string | null {
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return decodeURIComponent(value.join("="));
  }
  return null;
}

/** The viewer of a session cookie, or null (and the session is deleted) when it has expired. */
export async function viewerFromSession(prisma: PrismaClient, token: string, policy: SessionPolicy, now = new Date(), cache = NO_CACHE) {
  if (!token.startsWith(SECRET_PREFIX.session)) return null;
  const hash = hashSecret(token);
  const session = await cache.sessions.get(hash, () => sessionByHash(prisma, hash));
  if (!session) return null;
  const idleUntil = session.lastSeenAt.getTime() + policy.idleMinutes * 60_000;
  if (session.expiresAt <= now || idleUntil <= now.getTime()) {
    cache.sessions.delete(hash);
    await prisma.session.deleteMany({ where: { id: session.id } });
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_MS) {
    // The kept row too: the next requests of the burst need not write it again.
    session.lastSeenAt = now;
    await prisma.session.updateMany({ where: { id: session.id }, data: { lastSeenAt: now } });
  }
  return toViewer(session.user, "session", { sessionId: session.id });
}

/** The viewer of a personal access token or a calendar link, or null when it is unknown, revoked or expired. */
export async function viewerFromToken(
  prisma: PrismaClient,
  token: string,
  kind: "PERSONAL" | "CALENDAR_FEED",
  now = new Date(),
  cache = NO_CACHE,
) {
  const prefix = kind === "PERSONAL" ? SECRET_PREFIX.personal : SECRET_PREFIX.feed;
  if (!token.startsWith(prefix)) return null;
  const hash = hashSecret(token);
  const row = await cache.tokens.get(hash, () => tokenByHash(prisma, hash));
  if (!row || row.kind !== kind || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > TOUCH_MS) {
    row.lastUsedAt = now;
    await prisma.accessToken.updateMany({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return toViewer(row.user, kind === "PERSONAL" ? "token" : "feed", { tokenId: row.id });
}

/**
 * Who makes this request: `Authorization: Bearer bkp_…` (a personal access token), else the
 * session cookie. A calendar link's token (`?token=bkc_…`) counts only where `feed` allows it.
 */
export async function viewerFromRequest(
  prisma: PrismaClient,
  req: Request,
  policy: SessionPolicy,
  { feed = false, cache = NO_CACHE }: { feed?: boolean; cache?: ViewerCache } = {},
): Promise<Viewer | null> {
  const now = new Date();
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "")?.[1];
  if (bearer) return viewerFromToken(prisma, bearer, "PERSONAL", now, cache);
  const feedToken = typeof req.query?.token === "string" ? req.query.token : null;
  if (feed && feedToken) return viewerFromToken(prisma, feedToken, "CALENDAR_FEED", now, cache);
  const cookie = readCookie(req, SESSION_COOKIE);
  return cookie ? viewerFromSession(prisma, cookie, policy, now, cache) : null;
}
