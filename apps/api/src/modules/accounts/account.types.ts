import { permissionsOf } from "@bk/domain";
import { builder } from "../../builder";
import { ProjectRef } from "../projects/project";
import { timestamps } from "../shared/common-fields";
import { AccessTokenKindEnum, RoleEnum } from "../shared/enums";

/** A user's own record, or any user's for an administrator. */
const selfOrAdmin = (userId: string) => ({ self: userId, permission: "manage:users" as const });

builder.prismaNode("User", {
  description: "Användare: a person who logs in. Readable by the user themself and by administrators.",
  authScopes: (u) => selfOrAdmin(u.id),
  // An object of another project answers FORBIDDEN as a whole (whatever fields are asked, __typename too).
  runScopesOnType: true,
  id: { field: "id", description: "Globalt id." },
  fields: (t) => ({
    email: t.exposeString("email", { description: "E-post (the login name)." }),
    name: t.exposeString("name", { description: "Namn, as the audit trail shows it." }),
    roles: t.expose("roles", { type: [RoleEnum], description: "Roller." }),
    permissions: t.stringList({
      description: "What the roles allow together, e.g. `read:all`, `write:grants` (packages/domain/src/accounts/permissions.ts).",
      select: { roles: true },
      resolve: (u) => [...permissionsOf(u.roles)].sort(),
    }),
    active: t.exposeBoolean("active", { description: "Aktiv: a deactivated user cannot log in." }),
    lastLoginAt: t.expose("lastLoginAt", { type: "DateTime", nullable: true, description: "Senast inloggad." }),
    hasPassword: t.boolean({
      description: "Har lösenord: false until the first password is set with the one-time link.",
      select: { passwordHash: true },
      resolve: (u) => !!u.passwordHash,
    }),
    version: t.exposeInt("version", { description: "Version; a change with an older one is refused with CONFLICT." }),
    projects: t.field({
      type: [ProjectRef],
      description: "Projekt the user leads (PROJECT_LEAD).",
      // nestedSelection: each project loads what the query asks of it, in this query (projects select their columns).
      select: (_args, _ctx, nestedSelection) => ({
        projects: { select: { project: nestedSelection(true) }, orderBy: { project: { name: "asc" } } },
      }),
      resolve: (u) => u.projects.map((p) => p.project),
    }),
    accessTokens: t.relation("accessTokens", {
      description: "Åtkomsttoken and calendar links, newest first (the tokens themselves are never shown again).",
      query: { orderBy: { createdAt: "desc" } },
    }),
    events: t.relation("accountEvents", {
      authScopes: { permission: "manage:users" },
      description: "Kontohändelser, newest first (the latest 50): logins, tokens, password and role changes.",
      query: { orderBy: { createdAt: "desc" }, take: 50 },
    }),
    ...timestamps(t),
  }),
});

builder.prismaNode("AccessToken", {
  description: "Åtkomsttoken or calendar link: its name, its first characters and when it was used; never the token.",
  authScopes: (tok) => selfOrAdmin(tok.userId),
  // An object of another project answers FORBIDDEN as a whole (whatever fields are asked, __typename too).
  runScopesOnType: true,
  id: { field: "id", description: "Globalt id." },
  fields: (t) => ({
    kind: t.expose("kind", { type: AccessTokenKindEnum, description: "Slag." }),
    name: t.exposeString("name", { description: "Namn." }),
    prefix: t.exposeString("prefix", { description: "The token's first characters, to recognise it." }),
    expiresAt: t.expose("expiresAt", { type: "DateTime", nullable: true, description: "Giltig till (empty: no end)." }),
    lastUsedAt: t.expose("lastUsedAt", { type: "DateTime", nullable: true, description: "Senast använd (to the minute)." }),
    revokedAt: t.expose("revokedAt", { type: "DateTime", nullable: true, description: "Återkallad." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "Skapad." }),
  }),
});

builder.prismaObject("AccountEvent", {
  description: "Kontohändelse.",
  authScopes: { permission: "manage:users" },
  // An object of another project answers FORBIDDEN as a whole (whatever fields are asked, __typename too).
  runScopesOnType: true,
  fields: (t) => ({
    id: t.exposeID("id", { description: "Databas-id." }),
    action: t.exposeString("action", { description: "e.g. logged-in, login-failed, token-created, roles-changed, deactivated." }),
    detail: t.exposeString("detail", { nullable: true, description: "What changed (JSON); never a password or a token." }),
    ip: t.exposeString("ip", { nullable: true, description: "The address the request came from." }),
    actor: t.relation("actor", { nullable: true, description: "Who did it (empty: the system)." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "När." }),
  }),
});

/** A new token, shown this once. */
export const NewAccessTokenRef = builder.objectRef<{ token: string; id: string }>("NewAccessToken").implement({
  description: "A token just created: copy it now, it is never shown again.",
  fields: (t) => ({
    token: t.exposeString("token", { description: "The token (bkp_… or bkc_…)." }),
    accessToken: t.prismaField({
      type: "AccessToken",
      description: "Its record.",
      resolve: (query, parent, _args, ctx) => ctx.prisma.accessToken.findUniqueOrThrow({ ...query, where: { id: parent.id } }),
    }),
  }),
});

/** A one-time link to set a password. */
export const PasswordLinkRef = builder.objectRef<{ url: string; expiresAt: Date }>("PasswordLink").implement({
  description: "Engångslänk: opens the page where the user sets their password; works once, until it expires.",
  fields: (t) => ({
    url: t.exposeString("url", { description: "The link (give it to the user; it is also printed in the server's log)." }),
    expiresAt: t.expose("expiresAt", { type: "DateTime", description: "Giltig till." }),
  }),
});

export const InvitedUserRef = builder
  .objectRef<{ userId: string; link: { url: string; expiresAt: Date } | null }>("InvitedUser")
  .implement({
    description: "A user just created, with the one-time link to set their password (unless a first password was given).",
    fields: (t) => ({
      user: t.prismaField({
        type: "User",
        description: "Användaren.",
        resolve: (query, parent, _args, ctx) => ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: parent.userId } }),
      }),
      passwordLink: t.field({ type: PasswordLinkRef, nullable: true, description: "Engångslänk.", resolve: (p) => p.link }),
    }),
  });
