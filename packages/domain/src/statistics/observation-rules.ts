import { z } from "zod";
import { isoDate } from "../dates/date-schemas";
import { badValue, conflict } from "../rules/rule-violation";
import { because } from "../rules/zod-violations";
import { optionalLine, optionalLong, requiredLine } from "../text/text-schemas";
import { populationOf, protectionGroupOf, type Reported } from "./protection-groups";

export type ObservationFacts = Reported & {
  id?: string;
  breakdown: string | null;
  value: number;
};

/** The database holds values below a thousand billion (two decimals); no figure here comes near it. */
const MAX_OBSERVATION = 1e12;

/** An indicator: what is measured and in which unit. */
export const indicatorSchema = z.object({
  name: requiredLine(200, "indicator.nameLength", 2),
  unit: requiredLine(50, "indicator.unitRequired"),
  definition: optionalLong(2000),
  countsPeople: z.boolean(),
});
export type IndicatorInput = z.input<typeof indicatorSchema>;

/** An observation as the statistics form and the API take it. */
export const observationSchema = z
  .object({
    indicatorId: z.string().min(1, because("observation.indicatorRequired")),
    periodStart: isoDate,
    periodEnd: isoDate,
    breakdown: optionalLine(200),
    value: z
      .number(because("observation.valueRequired"))
      .finite(because("observation.valueRequired"))
      .min(0, because("observation.negative"))
      .lt(MAX_OBSERVATION, because("observation.tooLarge")),
    note: optionalLong(2000),
  })
  .superRefine((v, ctx) => {
    if (v.periodEnd < v.periodStart) ctx.addIssue({ code: "custom", path: ["periodEnd"], ...because("observation.periodReversed") });
  });
export type ObservationInput = z.input<typeof observationSchema>;

const overlaps = (a: ObservationFacts, b: ObservationFacts) =>
  !!a.periodStart && !!a.periodEnd && !!b.periodStart && !!b.periodEnd && a.periodStart <= b.periodEnd && b.periodStart <= a.periodEnd;

/**
 * Refuses impossible observations: a count of people that is not whole, a period overlapping
 * another value of the same indicator, population and breakdown, a breakdown larger than its
 * total, or a total smaller than its breakdowns. A total and its breakdowns are the values of
 * one protection group (protectionGroupOf); `existing` may hold any stored values.
 *
 * The messages name the stored figures they compare with: call this for a caller who may see
 * them – one with raw access, or any caller once refuseChangeInProtectedGroup has let the change
 * through (then the group has no hidden value). The overlap names only periods, which everyone sees.
 */
export function validateObservation(next: ObservationFacts, existing: ObservationFacts[], countsPeople: boolean): void {
  if (countsPeople && !Number.isInteger(next.value)) throw badValue("value", "observation.peopleNotWhole");
  const others = existing.filter((e) => e.id !== next.id && e.indicatorId === next.indicatorId && populationOf(e) === populationOf(next));
  const clash = others.find((e) => e.breakdown === next.breakdown && overlaps(e, next));
  if (clash) {
    throw conflict("observation.overlaps", { from: clash.periodStart ?? null, to: clash.periodEnd ?? null }, "periodStart");
  }
  const group = others.filter((e) => protectionGroupOf(e) === protectionGroupOf(next));
  const total = group.find((e) => e.breakdown === null);
  if (next.breakdown !== null && total && next.value > total.value) {
    throw badValue("value", "observation.breakdownAboveTotal", { value: next.value, total: total.value });
  }
  if (next.breakdown === null) {
    const largest = Math.max(0, ...group.filter((e) => e.breakdown !== null).map((p) => p.value));
    if (next.value < largest) throw badValue("value", "observation.totalBelowBreakdown", { value: next.value, largest });
  }
}
