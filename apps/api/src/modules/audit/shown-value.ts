import type { Context } from "../../context";

/** A recorded value; a stored count of people only for those who see raw figures (it may be a protected one). */
export const shown = (e: { entityType: string; field: string | null }, value: string | null, ctx: Context) =>
  e.entityType === "Observation" && e.field === "value" && !ctx.rawFigures ? null : value;

type Recorded = { entityType: string; field: string | null; before: string | null; after: string | null };

/** A recorded value as a nullable string field (before or after), hidden as `shown` says. */
export const recordedValue = (side: "before" | "after", description: string) => ({
  nullable: true as const,
  description,
  resolve: (e: Recorded, _args: unknown, ctx: Context) => shown(e, e[side], ctx),
});
