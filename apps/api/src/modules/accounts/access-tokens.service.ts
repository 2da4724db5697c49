import { accessTokenSchema, formatIsoDate, parseIsoDate } from "@bk/domain";
import { forbidden } from "../../auth/auth-errors";
import { type Context, clientAddress } from "../../context";
import { badInput } from "../../errors";
import { parseInput } from "../shared/parse-input";
import { recordAccountEvent } from "./account-events";
import { newSecret } from "./secrets";

export type CreateTokenOptions = { kind: "PERSONAL" | "CALENDAR_FEED"; input: { name: string; expiresAt?: string | null } };

/**
 * A personal access token (for scripts: `Authorization: Bearer bkp_…`) or a calendar link
 * token (`?token=bkc_…`, only for the iCal feeds). It carries the viewer's own rights, is shown
 * once, and is stored as its hash; it works until its last day (if given) or until revoked.
 */
export async function createAccessToken(ctx: Context, { kind, input }: CreateTokenOptions) {
  const viewer = ctx.viewer;
  if (!viewer) throw forbidden();
  const v = parseInput(accessTokenSchema, input);
  if (v.expiresAt && v.expiresAt <= formatIsoDate(ctx.today)) throw badInput("input.expiresAt", "token.expiryNotFuture");
  const latest = formatIsoDate(new Date(ctx.today.getTime() + 5 * 366 * 86_400_000));
  if (v.expiresAt && v.expiresAt > latest) throw badInput("input.expiresAt", "token.expiryTooFar", { years: 5 });
  // Valid through the whole last day.
  const expiresAt = v.expiresAt ? new Date((parseIsoDate(v.expiresAt) as Date).getTime() + 86_400_000) : null;
  const { token, hash, prefix } = newSecret(kind === "PERSONAL" ? "personal" : "feed");
  const row = await ctx.prisma.accessToken.create({ data: { userId: viewer.id, kind, name: v.name, tokenHash: hash, prefix, expiresAt } });
  await recordAccountEvent(ctx.prisma, {
    userId: viewer.id,
    actorId: viewer.id,
    action: "token-created",
    detail: { kind, name: v.name, prefix, expiresAt: v.expiresAt },
    ip: clientAddress(ctx),
  });
  return { token, id: row.id };
}

/** Revokes a token at once: the owner's own, or anyone's for an administrator. */
export async function revokeAccessToken(ctx: Context, { id }: { id: string }) {
  const viewer = ctx.viewer;
  const row = await ctx.prisma.accessToken.findUnique({
    where: { id },
    select: { userId: true, revokedAt: true, name: true, prefix: true },
  });
  const mayRevoke = !!viewer && !!row && (row.userId === viewer.id || viewer.permissions.has("manage:users"));
  if (!mayRevoke || !row) throw forbidden();
  if (!row.revokedAt) {
    await ctx.prisma.accessToken.update({ where: { id }, data: { revokedAt: new Date() } });
    await recordAccountEvent(ctx.prisma, {
      userId: row.userId,
      actorId: viewer?.id ?? null,
      action: "token-revoked",
      detail: { name: row.name, prefix: row.prefix },
      ip: clientAddress(ctx),
    });
  }
  return id;
}
