import { describe, expect, it } from "vitest";
import { fieldViolations } from "../rules/zod-violations";
import { decisionSchema, disbursementSchema, grantApplicationSchema, reportSchema } from "./grant-inputs";

const application = {
  title: "Implementeringsår 2010",
  funderId: "f",
  applicantId: "a",
  recipientId: "a",
  amountApplied: "900 000",
  periodStartYear: 2010,
  periodEndYear: 2010,
  yearAmounts: [{ year: 2010, amountApplied: "900000" }],
};

describe("input schemas", () => {
  it("normalises money and accepts a consistent application", () => {
    const parsed = grantApplicationSchema.parse(application);
    expect(parsed.amountApplied).toBe("900000");
    expect(parsed.description).toBeNull();
  });

  it("names the field of every mistake", () => {
    const r = grantApplicationSchema.safeParse({
      ...application,
      title: " ",
      amountApplied: "nio hundra tusen",
      periodEndYear: 2009,
      yearAmounts: [{ year: 2012, amountApplied: "1" }],
    });
    expect(r.success).toBe(false);
    const errors = fieldViolations(r.error!);
    expect(Object.keys(errors).sort()).toEqual(["amountApplied", "title"]);
    expect(errors.amountApplied).toEqual({ reason: "money.invalid", params: {} });
    // Once the fields themselves are valid, the checks across fields name theirs.
    const r2 = grantApplicationSchema.safeParse({
      ...application,
      periodEndYear: 2009,
      yearAmounts: [{ year: 2012, amountApplied: "900000" }],
    });
    expect(Object.keys(fieldViolations(r2.error!)).sort()).toEqual(["periodEndYear", "yearAmounts.0.year"]);
  });

  it("checks that the split adds up to the amount applied for", () => {
    const r = grantApplicationSchema.safeParse({ ...application, yearAmounts: [{ year: 2010, amountApplied: "800000" }] });
    expect(fieldViolations(r.error!)).toEqual({ yearAmounts: { reason: "grant.yearAmountsSum", params: {} } });
  });

  it("validates decisions, reports and payments", () => {
    expect(fieldViolations(decisionSchema.safeParse({ outcome: "GRANTED", decisionDate: "2009-02-30" }).error!)).toHaveProperty(
      "decisionDate",
    );
    expect(fieldViolations(reportSchema.safeParse({ kind: "FINAL", title: "Slutrapport", status: "RECEIVED" }).error!)).toHaveProperty(
      "receivedDate",
    );
    expect(fieldViolations(disbursementSchema.safeParse({ amount: "500000", status: "PAID" }).error!)).toHaveProperty("paidDate");
    expect(fieldViolations(disbursementSchema.safeParse({ amount: "-5" }).error!)).toHaveProperty("amount");
  });
});
