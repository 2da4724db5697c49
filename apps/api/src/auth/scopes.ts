import { canReadProject, type Permission } from "@bk/domain";
import type { Context } from "../context";
import { forbidden, unauthenticated } from "./auth-errors";
import { projectOf } from "./project-of";

/**
 * The scopes the schema's permission rules are written in (`authScopes` on types and fields):
 * - `authenticated`: someone is logged in;
 * - `permission`: the viewer's roles hold this permission (packages/domain/src/accounts/permissions.ts);
 * - `anyPermission`: … at least one of these (e.g. statistics of any project, or of one's own);
 * - `project`: the viewer may read this project's data (reads everything, or leads the project);
 * - `grantDetails` / `evaluation`: the same for the project of this grant or evaluation;
 * - `self`: the viewer is this user;
 * - `session`: the request comes from a browser session (not a token): needed to manage
 *   tokens, passwords and users, so that a leaked token cannot make more tokens.
 */
export type AuthScopes = {
  authenticated: boolean;
  permission: Permission;
  anyPermission: readonly Permission[];
  project: string | null;
  grantDetails: string;
  evaluation: string;
  self: string;
  session: boolean;
};

export function authScopes(ctx: Context) {
  const viewer = ctx.viewer;
  const readsAll = !!viewer?.permissions.has("read:all");
  const project = (projectId: string | null) => !!viewer && canReadProject(viewer, projectId);
  return {
    authenticated: !!viewer,
    permission: (p: Permission) => !!viewer?.permissions.has(p),
    anyPermission: (ps: readonly Permission[]) => ps.some((p) => viewer?.permissions.has(p)),
    project,
    // At once for a viewer who reads everything (no promise per condition, report or payment), else after the look-up.
    grantDetails: (grantId: string) => readsAll || (!!viewer && projectOf(ctx, "grant", grantId).then(project)),
    evaluation: (evaluationId: string) => readsAll || (!!viewer && projectOf(ctx, "evaluation", evaluationId).then(project)),
    self: (userId: string) => viewer?.id === userId,
    session: viewer?.via === "session",
  };
}

/** UNAUTHENTICATED for an anonymous request, FORBIDDEN for a logged-in one. */
export const unauthorizedError = (_parent: unknown, ctx: Context) => (ctx.viewer ? forbidden() : unauthenticated());
