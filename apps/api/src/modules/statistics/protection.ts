import { type ProtectedCell, protectObservations } from "@bk/domain";
import DataLoader from "dataloader";
import type { Context } from "../../context";
import { storedValues } from "./stored-values";

/**
 * Small-count protection for observations, computed over whole protection groups (indicator,
 * period and population: see protectionGroupOf) so that a total and its breakdowns cannot
 * reveal a hidden count. One SQL statement per request for all the indicators asked about.
 */
function protectionLoader(ctx: Context) {
  const existing = ctx.loaders.get("protection") as DataLoader<string, Map<string, ProtectedCell>> | undefined;
  if (existing) return existing;
  const loader = new DataLoader<string, Map<string, ProtectedCell>>(async (indicatorIds) => {
    const indicators = await storedValues(ctx.prisma, indicatorIds);
    return indicatorIds.map((id) => {
      const indicator = indicators.find((i) => i.id === id);
      return indicator?.countsPeople ? protectObservations(indicator.values, ctx.smallCountThreshold) : new Map<string, ProtectedCell>();
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
