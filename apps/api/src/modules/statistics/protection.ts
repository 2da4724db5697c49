import { dayOf, type ProtectedCell, protectObservations } from "@bk/domain";
import { Prisma } from "@bk/domain/server";
import DataLoader from "dataloader";
import { ownProjectsWhere } from "../../auth/visibility";
import type { Context } from "../../context";
import { whereSql } from "../shared/where-sql";
import { dateOf, type StoredFact, storedValues, storedValuesOfPeriods } from "./stored-values";

type Protection = Map<string, ProtectedCell>;

/** An observation as far as its protection goes: its id, indicator, period and value. */
type Observed = { id: string; indicatorId: string; periodStart: Date | null; periodEnd: Date | null; value: { toString(): string } };

/**
 * The per-request memo. Protection is computed over whole protection groups (indicator, period
 * and population: see protectionGroupOf) so that a total and its breakdowns cannot reveal a hidden
 * count; every group lies within one indicator and one period, so the values of the periods asked
 * about are all a page of observations needs (`periods`), and a whole indicator's values all that
 * its list needs (`indicators`, worked out before its values resolve). One statement per request
 * for each.
 */
type ProtectionMemo = {
  /** Each indicator's values (those the caller may read marked), its protection known once loaded. */
  indicators: DataLoader<string, StoredFact[]>;
  periods: DataLoader<string, Protection>;
  known: Map<string, Protection>;
};

const periodKey = (o: Pick<Observed, "indicatorId" | "periodStart" | "periodEnd">) =>
  [o.indicatorId, dayOf(o.periodStart) ?? "", dayOf(o.periodEnd) ?? ""].join("|");

function protectionMemo(ctx: Context): ProtectionMemo {
  const existing = ctx.loaders.get("protection") as ProtectionMemo | undefined;
  if (existing) return existing;
  const known = new Map<string, Protection>();
  const indicators = new DataLoader<string, StoredFact[]>(async (indicatorIds) => {
    const stored = await storedValues(ctx.prisma, indicatorIds, whereSql("Observation", ownProjectsWhere(ctx), "o"));
    return indicatorIds.map((id) => {
      const indicator = stored.find((i) => i.id === id);
      known.set(id, indicator?.countsPeople ? protectObservations(indicator.values, ctx.smallCountThreshold) : new Map());
      return indicator?.values ?? [];
    });
  });
  const periods = new DataLoader<string, Protection>(async (keys) => {
    const asked = keys.map((key) => {
      const [indicatorId, start, end] = key.split("|");
      return { indicatorId, periodStart: start || null, periodEnd: end || null };
    });
    const values = await storedValuesOfPeriods(ctx.prisma, asked);
    // protectObservations groups by indicator, period and population itself: one pass for all periods.
    const protection = protectObservations(values, ctx.smallCountThreshold);
    return keys.map(() => protection);
  });
  const memo = { indicators, periods, known };
  ctx.loaders.set("protection", memo);
  return memo;
}

/**
 * An indicator's values that the caller may read, in the order of their periods, with their protection
 * known before they resolve, so that each value's fields answer at once instead of each waiting on a
 * promise (an indicator's few hundred values × four fields was most of the time of reading them). One
 * statement for the values and their protection together (batched over the indicators of a request),
 * each value in the shape the Observation type reads (further columns, if asked, load by id).
 */
export async function readableObservations(ctx: Context, indicatorId: string) {
  const values = await protectionMemo(ctx).indicators.load(indicatorId);
  return values
    .filter((v) => v.visible)
    .map((v) => ({
      id: v.id,
      indicatorId: v.indicatorId,
      projectId: v.projectId ?? null,
      organisationId: v.organisationId ?? null,
      periodStart: dateOf(v.periodStart),
      periodEnd: dateOf(v.periodEnd),
      breakdown: v.breakdown,
      value: new Prisma.Decimal(v.exact),
    }));
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
 * protection is known (readableObservations), else after loading the values of its period (batched with
 * every other observation of the request).
 */
export function protectedField<K extends keyof ProtectedView>(
  ctx: Context,
  o: Observed,
  field: K,
): ProtectedView[K] | Promise<ProtectedView[K]> {
  const memo = protectionMemo(ctx);
  const known = memo.known.get(o.indicatorId);
  if (known) return view(ctx, known.get(o.id), o.value)[field];
  return memo.periods.load(periodKey(o)).then((protection) => view(ctx, protection.get(o.id), o.value)[field]);
}
