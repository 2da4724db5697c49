import { describe, expect, it } from "vitest";
import { FIRST_YEAR, LAST_YEAR } from "../dates/held-years";
import { fieldViolations } from "../rules/zod-violations";
import { grantFilterSchema } from "./grant-filter";

const refusal = (input: unknown) => {
  const parsed = grantFilterSchema.safeParse(input);
  if (parsed.success) throw new Error("accepted");
  return fieldViolations(parsed.error);
};

describe("grantFilterSchema", () => {
  it("takes the years the product holds, no other (the same bounds as every year field)", () => {
    for (const year of [FIRST_YEAR, 2008, LAST_YEAR]) expect(grantFilterSchema.safeParse({ year }).success).toBe(true);
    for (const year of [FIRST_YEAR - 1, 1900, LAST_YEAR + 1])
      expect(refusal({ year }).year).toEqual({ reason: "year.outOfRange", params: { min: 1990, max: 2100 } });
    expect(refusal({ year: 2008.5 }).year.reason).toBe("value.notWhole");
  });

  it("refuses malformed and reversed amount ranges with catalogue reasons", () => {
    expect(refusal({ amountApplied: { gte: "mycket" } })["amountApplied.gte"].reason).toBe("grantFilter.amountInvalid");
    expect(refusal({ amountGranted: { gte: "500000", lte: "100" } })["amountGranted.gte"].reason).toBe("grantFilter.amountRangeReversed");
    expect(refusal({ text: "x".repeat(201) }).text).toEqual({ reason: "text.tooLong", params: { max: 200 } });
  });
});
