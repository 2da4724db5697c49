import { formatIsoDate, type ProtectableObservation, type ProtectedChange } from "@bk/domain";
import { Prisma } from "@bk/domain/server";
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

/** A stored value with its exact amount (as Prisma's Decimal writes it) and whether the caller may read it. */
export type StoredFact = ProtectableObservation & { exact: string; visible: boolean };

export type IndicatorValues = { id: string; countsPeople: boolean; values: StoredFact[] };

type ValueRow = Omit<StoredFact, "id" | "indicatorId"> & {
  indicator: string;
  countsPeople: boolean;
  id: string | null;
  indicatorId: string | null;
};

/**
 * These indicators (the ones that exist) with all their stored values, in one statement, in the order
 * of their periods (within one, as entered). The dates come as ÅÅÅÅ-MM-DD and the value as a number from PostgreSQL itself: an
 * indicator's history is read on every request that shows its values, and building a Date and a
 * Decimal for each of hundreds of values only to turn them into text and a number was most of that.
 * `visible` (a condition on the alias "o") marks the values the caller may read; protection is worked
 * out over all of them.
 */
export async function storedValues(
  db: Pick<Prisma.TransactionClient, "$queryRaw">,
  indicatorIds: readonly string[],
  visible: Prisma.Sql = Prisma.sql`TRUE`,
): Promise<IndicatorValues[]> {
  const ids = [...new Set(indicatorIds)];
  if (!ids.length) return [];
  const rows = await db.$queryRaw<ValueRow[]>`SELECT i."id" AS "indicator", i."countsPeople",
      o."id", o."indicatorId", o."projectId", o."organisationId",
      to_char(o."periodStart", 'YYYY-MM-DD') AS "periodStart", to_char(o."periodEnd", 'YYYY-MM-DD') AS "periodEnd",
      o."breakdown", o."value"::float8 AS "value", trim_scale(o."value")::text AS "exact", coalesce(${visible}, FALSE) AS "visible"
    FROM "Indicator" i LEFT JOIN "Observation" o ON o."indicatorId" = i."id"
    WHERE i."id" = ANY(${ids}) ORDER BY i."id", o."periodStart" NULLS LAST, o."createdAt", o."id"`;
  const indicators = new Map<string, IndicatorValues>();
  for (const { indicator, countsPeople, ...value } of rows) {
    const found = indicators.get(indicator) ?? { id: indicator, countsPeople, values: [] };
    indicators.set(indicator, found);
    if (value.id !== null && value.indicatorId !== null) found.values.push(value as StoredFact);
  }
  return [...indicators.values()];
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

/** A day (ÅÅÅÅ-MM-DD) as the Date Prisma gives for a date column. */
export const dateOf = (day: string | null) => (day ? new Date(`${day}T00:00:00.000Z`) : null);

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
