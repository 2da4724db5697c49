import { canWriteProject, type Permission } from "@bk/domain";
import type { Context } from "../context";
import { AppError } from "../errors";
import { forbidden } from "./auth-errors";

/**
 * Refuses (FORBIDDEN) unless the viewer may change this project's budget and co-financing or
 * statistics: anyone with the permission for all projects, or the project's own lead.
 */
export function assertCanWriteProject(ctx: Pick<Context, "viewer">, projectId: string | null, area: "financing" | "statistics") {
  if (!ctx.viewer || !canWriteProject(ctx.viewer, projectId, area)) throw forbidden();
}

/**
 * An object that was not found: NOT_FOUND to a viewer who may change all such objects, but
 * FORBIDDEN to others, so that nobody learns whether an object they may not see exists.
 */
export function notFoundFor(ctx: Context, broad: Permission, message: string, field = "id") {
  return ctx.viewer?.permissions.has(broad) ? new AppError("NOT_FOUND", message, { field }) : forbidden();
}
