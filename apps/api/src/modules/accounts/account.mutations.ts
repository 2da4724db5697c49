import { builder } from "../../builder";
import type { Context } from "../../context";
import { RoleEnum } from "../shared/enums";
import { decodeId } from "../shared/list-query";
import * as tokens from "./access-tokens.service";
import { InvitedUserRef, NewAccessTokenRef, PasswordLinkRef } from "./account.types";
import * as sessions from "./sessions.service";
import * as users from "./users.service";

const LogInInput = builder.inputType("LogInInput", {
  description: "Inloggning med e-post och lösenord.",
  fields: (t) => ({
    email: t.string({ required: true, description: "E-post." }),
    password: t.string({ required: true, description: "Lösenord (never stored, logged or returned)." }),
  }),
});

const PasswordChangeInput = builder.inputType("PasswordChangeInput", {
  description: "Byte av det egna lösenordet.",
  fields: (t) => ({
    currentPassword: t.string({ required: true, description: "Nuvarande lösenord." }),
    newPassword: t.string({ required: true, description: "Nytt lösenord (at least 12 characters)." }),
  }),
});

const AccessTokenInput = builder.inputType("AccessTokenInput", {
  description: "En ny token: a name to recognise it by, and an optional last day.",
  fields: (t) => ({
    name: t.string({ required: true, description: 'Namn, e.g. "Analysskript".' }),
    expiresAt: t.field({ type: "Date", required: false, description: "Sista giltighetsdag (empty: until revoked)." }),
  }),
});

const UserInput = builder.inputType("UserInput", {
  description: "En användare som administratören skapar eller ändrar.",
  fields: (t) => ({
    email: t.string({ required: true, description: "E-post (the login name)." }),
    name: t.string({ required: true, description: "Namn, as the audit trail shows it." }),
    roles: t.field({ type: [RoleEnum], required: true, description: "Roller (at least one)." }),
    projectIds: t.idList({ required: false, description: "Projekt the user leads (required for PROJECT_LEAD)." }),
  }),
});

type UserArg = { email: string; name: string; roles: string[]; projectIds?: (string | number)[] | null };
const userInput = (i: UserArg) => ({
  ...i,
  projectIds: (i.projectIds ?? []).map((p, n) => decodeId(String(p), "Project", `input.projectIds.${n}`)),
});

const returnUser = (ctx: Context, query: object, id: string) => ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id } });
const version = {
  type: "Int",
  required: true,
  description: "The user's version as last read; a newer one is refused with CONFLICT.",
} as const;

/** Managing users needs an administrator in a browser session (not a token a script holds). */
const ADMIN_SESSION = { $all: { permission: "manage:users", session: true } } as const;

builder.mutationFields((t) => ({
  logIn: t.prismaField({
    type: "User",
    skipTypeScopes: true,
    description:
      "Logga in: sets the session cookie (HttpOnly, SameSite=Lax) and returns the user. A wrong e-mail and a wrong password get the same answer; repeated failures are refused for a while (RATE_LIMITED).",
    args: { input: t.arg({ type: LogInInput, required: true, description: "E-post och lösenord." }) },
    resolve: async (query, _root, args, ctx) => returnUser(ctx, query, await sessions.logIn(ctx, { input: args.input })),
  }),
  logOut: t.boolean({
    description: "Logga ut: ends this session (the cookie stops working, also if copied).",
    resolve: (_root, _args, ctx) => sessions.logOut(ctx),
  }),
  logOutEverywhere: t.boolean({
    authScopes: { session: true },
    description: "Logga ut överallt: ends every session of the user, in every browser (from a browser session, not a token).",
    resolve: (_root, _args, ctx) => sessions.logOutEverywhere(ctx),
  }),
  setPasswordWithLink: t.prismaField({
    type: "User",
    skipTypeScopes: true,
    description:
      "Sätt lösenord with a one-time link (an invitation or a reset): the link stops working, other sessions end, and the user is logged in.",
    args: {
      token: t.arg.string({ required: true, description: "The token from the link (after #token=)." }),
      password: t.arg.string({ required: true, description: "Nytt lösenord (at least 12 characters)." }),
    },
    resolve: async (query, _root, args, ctx) => returnUser(ctx, query, await users.setPasswordWithLink(ctx, args)),
  }),
  changePassword: t.boolean({
    authScopes: { session: true },
    description: "Byt lösenord: the current one is checked; the user's other sessions end.",
    args: { input: t.arg({ type: PasswordChangeInput, required: true, description: "Lösenorden." }) },
    resolve: (_root, args, ctx) => users.changePassword(ctx, args.input),
  }),
  createAccessToken: t.field({
    type: NewAccessTokenRef,
    authScopes: { session: true },
    description: "Ny personlig åtkomsttoken for scripts (`Authorization: Bearer …`), with the user's own rights. Shown once.",
    args: { input: t.arg({ type: AccessTokenInput, required: true, description: "Namn och sista dag." }) },
    resolve: (_root, args, ctx) =>
      tokens.createAccessToken(ctx, { kind: "PERSONAL", input: { name: args.input.name, expiresAt: args.input.expiresAt } }),
  }),
  createCalendarToken: t.field({
    type: NewAccessTokenRef,
    authScopes: { session: true },
    description: "Ny kalenderlänk: a token for the iCal feeds of the projects the user may read (`?token=…`). Shown once.",
    args: { input: t.arg({ type: AccessTokenInput, required: true, description: "Namn och sista dag." }) },
    resolve: (_root, args, ctx) =>
      tokens.createAccessToken(ctx, { kind: "CALENDAR_FEED", input: { name: args.input.name, expiresAt: args.input.expiresAt } }),
  }),
  revokeAccessToken: t.prismaField({
    type: "AccessToken",
    authScopes: { session: true },
    description: "Återkalla en token at once (one's own, or anyone's for an administrator), from a browser session.",
    args: { id: t.arg.id({ required: true, description: "Tokenens id." }) },
    resolve: async (query, _root, args, ctx) => {
      const id = await tokens.revokeAccessToken(ctx, { id: decodeId(String(args.id), "AccessToken", "id") });
      return ctx.prisma.accessToken.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  inviteUser: t.field({
    type: InvitedUserRef,
    authScopes: ADMIN_SESSION,
    description:
      "Bjud in en användare: with a first password, or (without one) a one-time link to set it, also printed in the server's log (no mail server is assumed).",
    args: {
      input: t.arg({ type: UserInput, required: true, description: "Användaren." }),
      password: t.arg.string({ required: false, description: "Första lösenord (optional; at least 12 characters)." }),
    },
    resolve: (_root, args, ctx) => users.inviteUser(ctx, { input: userInput(args.input) as never, password: args.password }),
  }),
  updateUser: t.prismaField({
    type: "User",
    authScopes: ADMIN_SESSION,
    description: "Ändra en användares e-post, namn, roller och projekt (in effect from the user's next request).",
    args: {
      id: t.arg.id({ required: true, description: "Användarens id." }),
      expectedVersion: t.arg(version),
      input: t.arg({ type: UserInput, required: true, description: "Användaren." }),
    },
    resolve: async (query, _root, args, ctx) => {
      const id = decodeId(String(args.id), "User", "id");
      await users.updateUser(ctx, { id, expectedVersion: args.expectedVersion, input: userInput(args.input) as never });
      return returnUser(ctx, query, id);
    },
  }),
  setUserActive: t.prismaField({
    type: "User",
    authScopes: ADMIN_SESSION,
    description: "Inaktivera (sessions, tokens and links stop working at once) or activate a user again.",
    args: {
      id: t.arg.id({ required: true, description: "Användarens id." }),
      expectedVersion: t.arg(version),
      active: t.arg.boolean({ required: true, description: "Aktiv." }),
    },
    resolve: async (query, _root, args, ctx) => {
      const id = decodeId(String(args.id), "User", "id");
      await users.setUserActive(ctx, { id, expectedVersion: args.expectedVersion, active: args.active });
      return returnUser(ctx, query, id);
    },
  }),
  createPasswordLink: t.field({
    type: PasswordLinkRef,
    authScopes: ADMIN_SESSION,
    description: "Ny engångslänk to set a password (a forgotten one); earlier links stop working. Also printed in the server's log.",
    args: { id: t.arg.id({ required: true, description: "Användarens id." }) },
    resolve: (_root, args, ctx) => users.createPasswordLink(ctx, { id: decodeId(String(args.id), "User", "id") }),
  }),
}));
