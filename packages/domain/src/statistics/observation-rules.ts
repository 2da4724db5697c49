import { z } from "zod";
import { parseIsoDate } from "../dates/dates";
import { badValue, conflict } from "../rules/rule-violation";

export type ObservationFacts = {
  id?: string;
  periodStart: string | null;
  periodEnd: string | null;
  breakdown: string | null;
  value: number;
};

const isoDate = z.string().refine((v) => parseIsoDate(v) !== null, "Ange ett datum som ÅÅÅÅ-MM-DD");

/** An observation as the statistics form and the API take it. */
export const observationSchema = z
  .object({
    indicatorId: z.string().min(1, "Välj indikator"),
    periodStart: isoDate,
    periodEnd: isoDate,
    breakdown: z
      .string()
      .max(200, "Högst 200 tecken")
      .nullish()
      .transform((v) => v?.trim() || null),
    value: z.number({ message: "Ange ett värde" }).finite("Ange ett värde").min(0, "Värdet kan inte vara negativt"),
    note: z
      .string()
      .max(2000, "Högst 2000 tecken")
      .nullish()
      .transform((v) => v?.trim() || null),
  })
  .superRefine((v, ctx) => {
    if (v.periodEnd < v.periodStart)
      ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "Perioden kan inte sluta före den börjar" });
  });
export type ObservationInput = z.input<typeof observationSchema>;

const overlaps = (a: ObservationFacts, b: ObservationFacts) =>
  !!a.periodStart && !!a.periodEnd && !!b.periodStart && !!b.periodEnd && a.periodStart <= b.periodEnd && b.periodStart <= a.periodEnd;
const samePeriod = (a: ObservationFacts, b: ObservationFacts) => a.periodStart === b.periodStart && a.periodEnd === b.periodEnd;

/**
 * Refuses impossible observations: a count of people that is not whole, a period overlapping
 * another value of the same indicator and breakdown, a breakdown larger than its total, or a
 * total smaller than its breakdowns.
 */
export function validateObservation(next: ObservationFacts, existing: ObservationFacts[], countsPeople: boolean): void {
  if (countsPeople && !Number.isInteger(next.value)) throw badValue("value", "Ett antal personer måste vara ett heltal");
  const others = existing.filter((e) => e.id !== next.id);
  const clash = others.find((e) => e.breakdown === next.breakdown && overlaps(e, next));
  if (clash) {
    throw conflict(
      `Perioden överlappar ett värde (${clash.periodStart}–${clash.periodEnd}) för samma indikator och uppdelning`,
      "periodStart",
    );
  }
  const total = others.find((e) => e.breakdown === null && samePeriod(e, next));
  if (next.breakdown !== null && total && next.value > total.value) {
    throw badValue("value", `Uppdelningen (${next.value}) kan inte vara större än totalen (${total.value}) för samma period`);
  }
  if (next.breakdown === null) {
    const parts = others.filter((e) => e.breakdown !== null && samePeriod(e, next));
    const largest = Math.max(0, ...parts.map((p) => p.value));
    if (next.value < largest)
      throw badValue("value", `Totalen (${next.value}) kan inte vara mindre än en uppdelning (${largest}) för samma period`);
  }
}
