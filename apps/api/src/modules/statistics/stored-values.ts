import { formatIsoDate, type ProtectableObservation, type ProtectedChange } from "@bk/domain";
import type { Prisma } from "@bk/domain/server";
import type { Context } from "../../context";

/** What the statistics rules need of a stored observation. */
export const valueSelect = {
  id: true,
  indicatorId: true,
  projectId: true,
  organisationId: true,
  periodStart: true,
  periodEnd: true,
  breakdown: true,
  value: true,
} as const;

type StoredValue = Prisma.ObservationGetPayload<{ select: typeof valueSelect }>;

/** A stored observation as the domain rules take it: dates as ÅÅÅÅ-MM-DD, the value as a number. */
export function toFacts(o: StoredValue): ProtectableObservation {
  return {
    ...o,
    periodStart: o.periodStart && formatIsoDate(o.periodStart),
    periodEnd: o.periodEnd && formatIsoDate(o.periodEnd),
    value: Number(o.value),
  };
}

export type IndicatorValues = { id: string; countsPeople: boolean; values: ProtectableObservation[] };

/** These indicators (the ones that exist) with all their stored values, in one statement. */
export async function storedValues(
  db: Pick<Prisma.TransactionClient, "indicator">,
  indicatorIds: readonly string[],
): Promise<IndicatorValues[]> {
  const indicators = await db.indicator.findMany({
    where: { id: { in: [...new Set(indicatorIds)] } },
    select: { id: true, countsPeople: true, observations: { select: valueSelect } },
  });
  return indicators.map((i) => ({ id: i.id, countsPeople: i.countsPeople, values: i.observations.map(toFacts) }));
}

/** What refuseChangeInProtectedGroup needs to know about this caller and these indicators. */
export function protectedChange(ctx: Pick<Context, "rawFigures" | "smallCountThreshold">, indicators: IndicatorValues[]): ProtectedChange {
  return {
    rawFigures: ctx.rawFigures,
    threshold: ctx.smallCountThreshold,
    stored: indicators.filter((i) => i.countsPeople).flatMap((i) => i.values),
  };
}

/** A period of an indicator: ÅÅÅÅ-MM-DD or null (no period stated). */
export type IndicatorPeriod = { indicatorId: string; periodStart: string | null; periodEnd: string | null };

const dateOf = (day: string | null) => (day ? new Date(`${day}T00:00:00.000Z`) : null);

/**
 * The stored values of these periods of indicators that count people (what their protection
 * groups hold, and nothing more: every group lies within one indicator and period), in one statement.
 */
export async function storedValuesOfPeriods(
  db: Pick<Prisma.TransactionClient, "observation">,
  periods: readonly IndicatorPeriod[],
): Promise<ProtectableObservation[]> {
  if (!periods.length) return [];
  const rows = await db.observation.findMany({
    where: {
      indicator: { countsPeople: true },
      OR: periods.map((p) => ({ indicatorId: p.indicatorId, periodStart: dateOf(p.periodStart), periodEnd: dateOf(p.periodEnd) })),
    },
    select: valueSelect,
  });
  return rows.map(toFacts);
}
