import type { Context } from "../../context";

/** A recorded value; a stored count of people only for those who see raw figures (it may be a protected one). */
export const shown = (e: { entityType: string; field: string | null }, value: string | null, ctx: Context) =>
  e.entityType === "Observation" && e.field === "value" && !ctx.rawFigures ? null : value;
