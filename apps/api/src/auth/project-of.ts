import DataLoader from "dataloader";
import type { Context } from "../context";

type Owner = "grant" | "evaluation";

/**
 * The project a grant or an evaluation belongs to (null for none), for the permission rules of
 * their parts: one SQL statement per request for all of them, whatever the number of rows.
 */
export function projectOf(ctx: Context, owner: Owner, id: string): Promise<string | null> {
  const key = `projectOf:${owner}`;
  let loader = ctx.loaders.get(key) as DataLoader<string, string | null> | undefined;
  if (!loader) {
    loader = new DataLoader<string, string | null>(async (ids) => {
      const rows =
        owner === "grant"
          ? await ctx.prisma.grant.findMany({ where: { id: { in: [...ids] } }, select: { id: true, projectId: true } })
          : await ctx.prisma.evaluation.findMany({ where: { id: { in: [...ids] } }, select: { id: true, projectId: true } });
      const byId = new Map(rows.map((r) => [r.id, r.projectId]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    ctx.loaders.set(key, loader);
  }
  return loader.load(id);
}
