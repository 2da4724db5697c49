import { logInSchema } from "@bk/domain";
import { clearSessionCookie, setSessionCookie } from "../../auth/authenticate";
import { viewerOfUser } from "../../auth/viewer";
import { actorOf, type Context, clientAddress } from "../../context";
import { AppError } from "../../errors";
import { parseInput } from "../shared/parse-input";
import { recordAccountEvent } from "./account-events";
import { blockedUntil, clearFailures, recordFailure, throttleKeys } from "./login-throttle";
import { verifyPassword } from "./passwords";
import { newSecret } from "./secrets";

/** Opens a session for the user: a new random cookie (never one the browser brought), its hash stored. */
export async function startSession(ctx: Context, userId: string) {
  const now = new Date();
  const { token, hash } = newSecret("session");
  const expiresAt = new Date(now.getTime() + ctx.sessionPolicy.maxHours * 3_600_000);
  const session = await ctx.prisma.session.create({
    data: {
      userId,
      tokenHash: hash,
      expiresAt,
      userAgent: ctx.http.req.headers["user-agent"]?.slice(0, 300) ?? null,
      ip: clientAddress(ctx),
    },
  });
  await ctx.prisma.user.update({ where: { id: userId }, data: { lastLoginAt: now } });
  setSessionCookie(ctx.http.req, ctx.http.res, token, expiresAt);
  // The rest of this request (the answer to logIn) is the new user's.
  ctx.viewer = await viewerOfUser(ctx.prisma, userId, session.id);
  ctx.actor = actorOf(ctx.viewer);
  ctx.rawFigures = !!ctx.viewer?.permissions.has("read:rawCounts");
}

export type LogInOptions = { input: { email: string; password: string } };

/**
 * Logs in with e-mail and password. A wrong e-mail and a wrong password get the same answer,
 * after the same work; failures are counted per account and per address (login-throttle.ts).
 */
export async function logIn(ctx: Context, { input }: LogInOptions): Promise<string> {
  const v = parseInput(logInSchema, input);
  const now = new Date();
  const keys = throttleKeys(v.email, clientAddress(ctx));
  const until = await blockedUntil(
    ctx.prisma,
    keys.map((k) => k.key),
    now,
  );
  if (until) {
    const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
    throw new AppError(
      { code: "RATE_LIMITED", reason: "auth.tooManySignIns", params: { minutes } },
      { retryAfterSeconds: minutes * 60, http: { status: 429 } },
    );
  }
  const user = await ctx.prisma.user.findUnique({ where: { email: v.email }, select: { id: true, active: true, passwordHash: true } });
  const ok = await verifyPassword(v.password, user?.active ? user.passwordHash : null);
  if (!user || !ok) {
    for (const k of keys) await recordFailure(ctx.prisma, k.key, k.limit, now);
    if (user) await recordAccountEvent(ctx.prisma, { userId: user.id, actorId: null, action: "login-failed", ip: clientAddress(ctx) });
    throw new AppError({ code: "UNAUTHENTICATED", reason: "auth.wrongCredentials" }, { http: { status: 401 } });
  }
  await clearFailures(ctx.prisma, keys[0].key);
  // The browser holds one session: the one it brought (perhaps another user's) ends here.
  if (ctx.viewer?.sessionId) await ctx.prisma.session.deleteMany({ where: { id: ctx.viewer.sessionId } });
  await startSession(ctx, user.id);
  await recordAccountEvent(ctx.prisma, { userId: user.id, actorId: user.id, action: "logged-in", ip: clientAddress(ctx) });
  return user.id;
}

/** Ends this browser's session: the cookie is removed and the session deleted, so a copy of it is worthless. */
export async function logOut(ctx: Context) {
  const viewer = ctx.viewer;
  if (viewer?.sessionId) await ctx.prisma.session.deleteMany({ where: { id: viewer.sessionId } });
  clearSessionCookie(ctx.http.req, ctx.http.res);
  if (viewer) await recordAccountEvent(ctx.prisma, { userId: viewer.id, actorId: viewer.id, action: "logged-out", ip: clientAddress(ctx) });
  return true;
}

/** Ends every session of the viewer, in every browser (access tokens stay: they are revoked one by one). */
export async function logOutEverywhere(ctx: Context) {
  const viewer = ctx.viewer;
  if (!viewer) return false;
  const { count } = await ctx.prisma.session.deleteMany({ where: { userId: viewer.id } });
  clearSessionCookie(ctx.http.req, ctx.http.res);
  await recordAccountEvent(ctx.prisma, {
    userId: viewer.id,
    actorId: viewer.id,
    action: "logged-out-everywhere",
    detail: { sessions: count },
    ip: clientAddress(ctx),
  });
  return true;
}
