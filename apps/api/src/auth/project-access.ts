import { canWriteProject } from "@bk/domain";
import type { Context } from "../context";
import { forbidden } from "./auth-errors";

/**
 * Refuses (FORBIDDEN) unless the viewer may change this project's budget and co-financing or
 * statistics: anyone with the permission for all projects, or the project's own lead.
 */
export function assertCanWriteProject(ctx: Pick<Context, "viewer">, projectId: string | null, area: "financing" | "statistics") {
  if (!ctx.viewer || !canWriteProject(ctx.viewer, projectId, area)) throw forbidden();
}
