import { type ProtectedCell, protectGroup } from "@bk/domain";
import DataLoader from "dataloader";
import type { Context } from "../../context";

/**
 * Small-count protection for observations, computed over whole groups (indicator, period and
 * reporter) so that a total and its breakdowns cannot reveal a hidden count. One SQL statement
 * per request for all the indicators asked about.
 */
function protectionLoader(ctx: Context) {
  const existing = ctx.loaders.get("protection") as DataLoader<string, Map<string, ProtectedCell>> | undefined;
  if (existing) return existing;
  const loader = new DataLoader<string, Map<string, ProtectedCell>>(async (indicatorIds) => {
    const indicators = await ctx.prisma.indicator.findMany({
      where: { id: { in: [...indicatorIds] } },
      select: {
        id: true,
        countsPeople: true,
        observations: {
          select: { id: true, breakdown: true, value: true, periodStart: true, periodEnd: true, projectId: true, organisationId: true },
        },
      },
    });
    return indicatorIds.map((id) => {
      const result = new Map<string, ProtectedCell>();
      const indicator = indicators.find((i) => i.id === id);
      if (!indicator?.countsPeople) return result;
      const groups = new Map<string, typeof indicator.observations>();
      for (const o of indicator.observations) {
        const key = [o.periodStart?.toISOString(), o.periodEnd?.toISOString(), o.projectId, o.organisationId].join("|");
        groups.set(key, [...(groups.get(key) ?? []), o]);
      }
      for (const cells of groups.values()) {
        for (const p of protectGroup(
          cells.map((c) => ({ id: c.id, breakdown: c.breakdown, value: Number(c.value) })),
          ctx.smallCountThreshold,
        )) {
          result.set(p.id, p);
        }
      }
      return result;
    });
  });
  ctx.loaders.set("protection", loader);
  return loader;
}

/** How an observation may be shown to this caller. */
export async function protectionFor(ctx: Context, o: { id: string; indicatorId: string; value: { toString(): string } }) {
  const cell = (await protectionLoader(ctx).load(o.indicatorId)).get(o.id);
  const suppressed = !ctx.rawFigures && !!cell?.suppressed;
  return {
    suppressed,
    reason: suppressed ? (cell?.reason ?? null) : null,
    value: suppressed ? null : o.value.toString(),
    display: suppressed ? `<${ctx.smallCountThreshold}` : o.value.toString(),
  };
}
