import { type ProtectedCell, protectObservations } from "@bk/domain";
import DataLoader from "dataloader";
import type { Context } from "../../context";
import { storedValues } from "./stored-values";

type Protection = Map<string, ProtectedCell>;

/** The per-request memo: the loader, and the indicators whose protection is already known. */
type ProtectionMemo = { loader: DataLoader<string, Protection>; known: Map<string, Protection> };

/**
 * Small-count protection for observations, computed over whole protection groups (indicator,
 * period and population: see protectionGroupOf) so that a total and its breakdowns cannot
 * reveal a hidden count. One SQL statement per request for all the indicators asked about.
 */
function protectionMemo(ctx: Context): ProtectionMemo {
  const existing = ctx.loaders.get("protection") as ProtectionMemo | undefined;
  if (existing) return existing;
  const known = new Map<string, Protection>();
  const loader = new DataLoader<string, Protection>(async (indicatorIds) => {
    const indicators = await storedValues(ctx.prisma, indicatorIds);
    return indicatorIds.map((id) => {
      const indicator = indicators.find((i) => i.id === id);
      const protection = indicator?.countsPeople ? protectObservations(indicator.values, ctx.smallCountThreshold) : new Map();
      known.set(id, protection);
      return protection;
    });
  });
  const memo = { loader, known };
  ctx.loaders.set("protection", memo);
  return memo;
}

/**
 * Works out these indicators' protection before their observations are resolved, so that each
 * observation's value fields answer at once instead of each waiting on a promise (an indicator's
 * few hundred values × four fields was most of the time of reading them).
 */
export async function knowProtection(ctx: Context, indicatorIds: readonly string[]): Promise<void> {
  await protectionMemo(ctx).loader.loadMany(indicatorIds);
}

export type ProtectedView = { suppressed: boolean; reason: string | null; value: string | null; display: string };

function view(ctx: Context, cell: ProtectedCell | undefined, value: { toString(): string }): ProtectedView {
  const suppressed = !ctx.rawFigures && !!cell?.suppressed;
  return {
    suppressed,
    reason: suppressed ? (cell?.reason ?? null) : null,
    value: suppressed ? null : value.toString(),
    display: suppressed ? `<${ctx.smallCountThreshold}` : value.toString(),
  };
}

/**
 * How one field of an observation may be shown to this caller: at once when its indicator's
 * protection is known (knowProtection), else after loading it (batched with every other asked).
 */
export function protectedField<K extends keyof ProtectedView>(
  ctx: Context,
  o: { id: string; indicatorId: string; value: { toString(): string } },
  field: K,
): ProtectedView[K] | Promise<ProtectedView[K]> {
  const memo = protectionMemo(ctx);
  const known = memo.known.get(o.indicatorId);
  if (known) return view(ctx, known.get(o.id), o.value)[field];
  return memo.loader.load(o.indicatorId).then((protection) => view(ctx, protection.get(o.id), o.value)[field]);
}
