import { compareMoney, sumMoney, TRANSITIONS } from "@bk/domain";
import { describe, expect, it } from "vitest";
import { type GrantRows, generateGrant } from "./grants";
import { generateParties } from "./parties";
import { createRandom } from "./random";
import { countySizes } from "./sizes";

// The synthetic county must be a county the app could hold: what each status implies, amounts
// that add up, payments within what is granted. Checked on the generated rows, without a database.

function county(seed: number, grants: number) {
  const r = createRandom(seed);
  const { rows, parties } = generateParties(r, countySizes(grants), (kind, i) => `t:${kind}:${i}`);
  return { rows, grants: Array.from({ length: grants }, (_, i) => generateGrant(r, parties, i, `t:grant:${i}`)) };
}
const money = (v: unknown) => (v == null ? null : String(v));

describe("the synthetic county", () => {
  const { rows, grants } = county(3, 2000);

  it("is the same for the same seed and different for another", () => {
    expect(county(3, 50).grants).toEqual(county(3, 50).grants);
    expect(county(4, 50).grants[0].grant.id).not.toBe(grants[0].grant.id);
  });

  it("scales like the issue's county: 3 000 organisations and 100 000 observations at 10 000 grants", () => {
    const county10000 = countySizes(10000);
    expect([county10000.organisations, county10000.projects, county10000.observations]).toEqual([3000, 2000, 100000]);
    expect(countySizes(1000).organisations).toBe(300);
    const per = (f: (g: GrantRows) => unknown[]) => grants.reduce((n, g) => n + f(g).length, 0) / grants.length;
    expect(per((g) => g.conditions)).toBeCloseTo(1.6, 0);
    expect(per((g) => g.reports)).toBeCloseTo(1.3, 0);
    expect(per((g) => g.payments)).toBeCloseTo(1.3, 0);
  });

  it("has unique ids and organisation numbers", () => {
    const ids = [...rows.organisations, ...rows.programmes, ...rows.projects, ...grants.map((g) => g.grant)].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const numbers = rows.organisations.map((o) => o.organisationNumber);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it("gives every status of the lifecycle and what it implies", () => {
    expect(new Set(grants.map((g) => g.grant.status))).toEqual(new Set(Object.keys(TRANSITIONS)));
    for (const { grant, conditions, reports, payments } of grants) {
      const decided = ["GRANTED", "PARTIALLY_GRANTED", "REJECTED", "ACTIVE", "REPORTED", "CLOSED"].includes(grant.status);
      if (decided) expect(grant.decisionDate, grant.title).toBeTruthy();
      if (["DRAFT", "SUBMITTED", "REJECTED", "WITHDRAWN"].includes(grant.status)) {
        expect(grant.amountGranted ?? null).toBeNull();
        expect(conditions.length + reports.length + payments.length).toBe(0);
      }
      if (grant.status === "DRAFT") expect(grant.submittedDate).toBeNull();
      if (grant.status === "REPORTED" || grant.status === "CLOSED")
        expect(reports.some((r) => r.kind === "FINAL" && r.status !== "DUE")).toBe(true);
      if (grant.status === "CLOSED") {
        expect(conditions.every((c) => c.status !== "OPEN")).toBe(true);
        expect(payments.every((p) => p.status === "PAID" && p.paidDate)).toBe(true);
      }
    }
  });

  it("keeps granted within applied, payments within granted, and a split that adds up", () => {
    for (const { grant, yearAmounts, payments } of grants) {
      const applied = money(grant.amountApplied);
      const granted = money(grant.amountGranted);
      if (applied && granted) expect(compareMoney(granted, applied)).toBeLessThanOrEqual(0);
      expect(compareMoney(sumMoney(payments.map((p) => money(p.amount))), granted ?? "0")).toBeLessThanOrEqual(0);
      if (yearAmounts.length) {
        expect(sumMoney(yearAmounts.map((y) => money(y.amountApplied)))).toBe(sumMoney([applied]));
        const grantedByYear = yearAmounts.map((y) => money(y.amountGranted));
        if (grantedByYear.every((g) => g != null)) expect(sumMoney(grantedByYear)).toBe(sumMoney([granted]));
        const years = yearAmounts.map((y) => y.year);
        expect(years[0]).toBe(grant.periodStartYear);
        expect(years.at(-1)).toBe(grant.periodEndYear);
      }
    }
  });

  it("has every shape of year attribution: split, undivided split, spread without split, no period, no year", () => {
    const shapes = new Set(
      grants.map(({ grant, yearAmounts }) =>
        yearAmounts.length
          ? yearAmounts.some((y) => y.amountGranted == null) && grant.amountGranted != null
            ? "undivided split"
            : "split"
          : grant.periodStartYear == null
            ? grant.decisionDate
              ? "decision year"
              : "no year"
            : grant.periodEndYear !== grant.periodStartYear
              ? "spread"
              : "one year",
      ),
    );
    expect([...shapes].sort()).toEqual(["decision year", "no year", "one year", "split", "spread", "undivided split"]);
  });
});
