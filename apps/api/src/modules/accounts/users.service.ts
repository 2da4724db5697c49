import { newPasswordSchema, passwordChangeSchema, type UserInput, userSchema } from "@bk/domain";
import type { Prisma, PrismaClient } from "@bk/domain/server";
import { forbidden } from "../../auth/auth-errors";
import { type Context, clientAddress } from "../../context";
import { AppError, badInput } from "../../errors";
import { parseInput } from "../shared/parse-input";
import { recordAccountEvent } from "./account-events";
import { blockedUntil, recordFailure, throttleKeys } from "./login-throttle";
import { hashPassword, verifyPassword } from "./passwords";
import { hashSecret, newSecret } from "./secrets";
import { startSession } from "./sessions.service";

const userMissing = () => new AppError({ code: "NOT_FOUND", reason: "user.missing", field: "id" });

type Db = PrismaClient | Prisma.TransactionClient;

/** How long a one-time link to set a password works. */
export const PASSWORD_LINK_HOURS = 72;

const originOf = (ctx: Context) => `${ctx.http.req.protocol}://${ctx.http.req.get("host")}`;

/** The address of a one-time link: the token after `#`, so that it never reaches a server log or a Referer. */
export const passwordLinkUrl = (origin: string, token: string) => `${origin}/set-password#token=${token}`;

/** A new one-time link for the user (earlier unused ones stop working). Printed in the server's log: no mail server is assumed. */
export async function issuePasswordLink(db: Db, user: { id: string; email: string }, origin: string, log: (line: string) => void) {
  await db.passwordToken.deleteMany({ where: { userId: user.id, usedAt: null } });
  const { token, hash } = newSecret("password");
  const expiresAt = new Date(Date.now() + PASSWORD_LINK_HOURS * 3_600_000);
  await db.passwordToken.create({ data: { userId: user.id, tokenHash: hash, expiresAt } });
  const url = passwordLinkUrl(origin, token);
  log(`one-time link to set the password of ${user.email} (valid ${PASSWORD_LINK_HOURS} h): ${url}`);
  return { url, expiresAt };
}

async function checkProjects(db: Db, projectIds: string[]) {
  const found = await db.project.count({ where: { id: { in: projectIds } } });
  if (found !== new Set(projectIds).size) throw badInput("input.projectIds", "user.projectMissing");
}

async function assertEmailFree(db: Db, email: string, exceptId: string | null) {
  const same = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (same && same.id !== exceptId) throw new AppError({ code: "CONFLICT", reason: "user.emailTaken", field: "input.email" });
}

/** The roles and projects as the account history shows them. */
const summary = (u: { email: string; name: string; roles: string[]; projectIds: string[] }) => ({
  email: u.email,
  name: u.name,
  roles: [...u.roles].sort(),
  projectIds: [...u.projectIds].sort(),
});

export type InviteUserOptions = { input: UserInput; password?: string | null };

/** Creates a user: with a first password the administrator chose, or with a one-time link to set one. */
export async function inviteUser(ctx: Context, { input, password }: InviteUserOptions) {
  const v = parseInput(userSchema, input);
  const hash = password ? await hashPassword(parseInput(newPasswordSchema, password, "password")) : null;
  return ctx.prisma.$transaction(async (tx) => {
    await assertEmailFree(tx, v.email, null);
    await checkProjects(tx, v.projectIds);
    const user = await tx.user.create({
      data: {
        email: v.email,
        name: v.name,
        roles: v.roles,
        passwordHash: hash,
        projects: { create: v.projectIds.map((projectId) => ({ projectId })) },
      },
    });
    await recordAccountEvent(tx, {
      userId: user.id,
      actorId: ctx.viewer?.id ?? null,
      action: "invited",
      detail: summary(v),
      ip: clientAddress(ctx),
    });
    const link = hash ? null : await issuePasswordLink(tx, user, originOf(ctx), console.log);
    return { userId: user.id, link };
  });
}

/** Raises the user's version if it still is the one the administrator read (else CONFLICT: nothing overwritten). */
async function bumpUserVersion(tx: Db, id: string, expectedVersion: number) {
  const res = await tx.user.updateMany({ where: { id, version: expectedVersion }, data: { version: { increment: 1 } } });
  if (res.count === 1) return;
  const current = await tx.user.findUnique({ where: { id }, select: { version: true } });
  if (!current) throw userMissing();
  throw new AppError(
    {
      code: "CONFLICT",
      reason: "record.changedByOthers",
      params: { currentVersion: current.version, expectedVersion },
      field: "expectedVersion",
    },
    { currentVersion: current.version },
  );
}

/** At least one active administrator must remain, or nobody could manage users again. */
async function assertAnotherAdmin(tx: Db, exceptId: string) {
  // In SQL: Prisma's `roles: { has: "ADMIN" }` sends the enum as text, which the embedded database refuses.
  const [row] = await tx.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM "User" WHERE "id" <> ${exceptId} AND "active" AND 'ADMIN'::"Role" = ANY("roles")`;
  if (!row?.n) throw new AppError({ code: "CONFLICT", reason: "user.lastAdmin", field: "input.roles" });
}

export type UpdateUserOptions = { id: string; expectedVersion: number; input: UserInput };

/** Changes a user's e-mail, name, roles and projects; the change applies from the user's next request. */
export async function updateUser(ctx: Context, { id, expectedVersion, input }: UpdateUserOptions) {
  const v = parseInput(userSchema, input);
  return ctx.prisma.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id }, include: { projects: { select: { projectId: true } } } });
    if (!before) throw userMissing();
    await bumpUserVersion(tx, id, expectedVersion);
    await assertEmailFree(tx, v.email, id);
    await checkProjects(tx, v.projectIds);
    if (before.active && before.roles.includes("ADMIN") && !v.roles.includes("ADMIN")) await assertAnotherAdmin(tx, id);
    await tx.user.update({ where: { id }, data: { email: v.email, name: v.name, roles: v.roles } });
    await tx.userProject.deleteMany({ where: { userId: id } });
    await tx.userProject.createMany({ data: v.projectIds.map((projectId) => ({ userId: id, projectId })) });
    await recordAccountEvent(tx, {
      userId: id,
      actorId: ctx.viewer?.id ?? null,
      action: "updated",
      detail: { before: summary({ ...before, projectIds: before.projects.map((p) => p.projectId) }), after: summary(v) },
      ip: clientAddress(ctx),
    });
    return id;
  });
}

export type SetActiveOptions = { id: string; expectedVersion: number; active: boolean };

/** Deactivates a user (their sessions, tokens and links stop working at once) or lets them in again. */
export async function setUserActive(ctx: Context, { id, expectedVersion, active }: SetActiveOptions) {
  if (!active && id === ctx.viewer?.id) throw new AppError({ code: "CONFLICT", reason: "user.cannotDeactivateSelf", field: "id" });
  return ctx.prisma.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id }, select: { active: true, roles: true } });
    if (!before) throw userMissing();
    await bumpUserVersion(tx, id, expectedVersion);
    if (!active && before.roles.includes("ADMIN")) await assertAnotherAdmin(tx, id);
    await tx.user.update({ where: { id }, data: { active } });
    if (!active) {
      await tx.session.deleteMany({ where: { userId: id } });
      await tx.accessToken.updateMany({ where: { userId: id, revokedAt: null }, data: { revokedAt: new Date() } });
      await tx.passwordToken.deleteMany({ where: { userId: id, usedAt: null } });
    }
    await recordAccountEvent(tx, {
      userId: id,
      actorId: ctx.viewer?.id ?? null,
      action: active ? "activated" : "deactivated",
      ip: clientAddress(ctx),
    });
    return id;
  });
}

/** A new one-time link for a user who forgot their password (or never set one). */
export async function createPasswordLink(ctx: Context, { id }: { id: string }) {
  const user = await ctx.prisma.user.findUnique({ where: { id }, select: { id: true, email: true, active: true } });
  if (!user) throw userMissing();
  if (!user.active) throw new AppError({ code: "CONFLICT", reason: "user.inactive", field: "id" });
  const link = await issuePasswordLink(ctx.prisma, user, originOf(ctx), console.log);
  await recordAccountEvent(ctx.prisma, {
    userId: id,
    actorId: ctx.viewer?.id ?? null,
    action: "password-link-created",
    ip: clientAddress(ctx),
  });
  return link;
}

/** Sets the password with a one-time link (which then stops working), ends other sessions and logs in. */
export async function setPasswordWithLink(ctx: Context, { token, password }: { token: string; password: string }) {
  const now = new Date();
  const link = await ctx.prisma.passwordToken.findUnique({ where: { tokenHash: hashSecret(token) }, include: { user: true } });
  if (!link || link.usedAt || link.expiresAt <= now || !link.user.active) throw badInput("token", "link.invalid");
  const hash = await hashPassword(parseInput(newPasswordSchema, password, "password"));
  if (password.trim().toLowerCase() === link.user.email) throw badInput("password", "password.isEmail");
  await ctx.prisma.$transaction(async (tx) => {
    const used = await tx.passwordToken.updateMany({ where: { id: link.id, usedAt: null }, data: { usedAt: now } });
    if (!used.count) throw badInput("token", "link.used");
    await tx.user.update({ where: { id: link.userId }, data: { passwordHash: hash, version: { increment: 1 } } });
    await tx.session.deleteMany({ where: { userId: link.userId } });
    await recordAccountEvent(tx, { userId: link.userId, actorId: link.userId, action: "password-set", ip: clientAddress(ctx) });
  });
  await startSession(ctx, link.userId);
  return link.userId;
}

/** Changes the viewer's own password: the current one is checked (and counted like a login), other sessions end. */
export async function changePassword(ctx: Context, input: { currentPassword: string; newPassword: string }) {
  const viewer = ctx.viewer;
  if (!viewer) throw forbidden();
  const v = parseInput(passwordChangeSchema, input);
  if (v.newPassword.toLowerCase().includes(viewer.email.split("@")[0])) throw badInput("input.newPassword", "password.containsEmail");
  const now = new Date();
  const keys = throttleKeys(viewer.email, clientAddress(ctx));
  if (
    await blockedUntil(
      ctx.prisma,
      keys.map((k) => k.key),
      now,
    )
  )
    throw new AppError({ code: "RATE_LIMITED", reason: "auth.tooManyPasswords" }, { http: { status: 429 } });
  const user = await ctx.prisma.user.findUniqueOrThrow({ where: { id: viewer.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(v.currentPassword, user.passwordHash))) {
    for (const k of keys) await recordFailure(ctx.prisma, k.key, k.limit, now);
    throw badInput("input.currentPassword", "password.wrongCurrent");
  }
  const hash = await hashPassword(v.newPassword);
  await ctx.prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: viewer.id }, data: { passwordHash: hash, version: { increment: 1 } } });
    await tx.session.deleteMany({ where: { userId: viewer.id, ...(viewer.sessionId ? { id: { not: viewer.sessionId } } : {}) } });
    await recordAccountEvent(tx, { userId: viewer.id, actorId: viewer.id, action: "password-changed", ip: clientAddress(ctx) });
  });
  return true;
}
