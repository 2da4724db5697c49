import { z } from "zod";
import { isoDate } from "../dates/date-schemas";
import { badValue, conflict } from "../rules/rule-violation";
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
  name: requiredLine(200, "Namnet ska vara 2–200 tecken", 2),
  unit: requiredLine(50, "Ange en enhet (högst 50 tecken)"),
  definition: optionalLong(2000),
  countsPeople: z.boolean(),
});
export type IndicatorInput = z.input<typeof indicatorSchema>;

/** An observation as the statistics form and the API take it. */
export const observationSchema = z
  .object({
    indicatorId: z.string().min(1, "Välj indikator"),
    periodStart: isoDate,
    periodEnd: isoDate,
    breakdown: optionalLine(200),
    value: z
      .number({ message: "Ange ett värde" })
      .finite("Ange ett värde")
      .min(0, "Värdet kan inte vara negativt")
      .lt(MAX_OBSERVATION, "Värdet är orimligt stort"),
    note: optionalLong(2000),
  })
  .superRefine((v, ctx) => {
    if (v.periodEnd < v.periodStart)
      ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "Perioden kan inte sluta före den börjar" });
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
  if (countsPeople && !Number.isInteger(next.value)) throw badValue("value", "Ett antal personer måste vara ett heltal");
  const others = existing.filter((e) => e.id !== next.id && e.indicatorId === next.indicatorId && populationOf(e) === populationOf(next));
  const clash = others.find((e) => e.breakdown === next.breakdown && overlaps(e, next));
  if (clash) {
    throw conflict(
      `Perioden överlappar ett värde (${clash.periodStart}–${clash.periodEnd}) för samma indikator och uppdelning`,
      {}, "periodStart",
    );
  }
  const group = others.filter((e) => protectionGroupOf(e) === protectionGroupOf(next));
  const total = group.find((e) => e.breakdown === null);
  if (next.breakdown !== null && total && next.value > total.value) {
    throw badValue("value", `Uppdelningen (${next.value}) kan inte vara större än totalen (${total.value}) för samma period`);
  }
  if (next.breakdown === null) {
    const largest = Math.max(0, ...group.filter((e) => e.breakdown !== null).map((p) => p.value));
    if (next.value < largest)
      throw badValue("value", `Totalen (${next.value}) kan inte vara mindre än en uppdelning (${largest}) för samma period`);
  }
}
