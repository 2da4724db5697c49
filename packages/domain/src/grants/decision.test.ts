import { describe, expect, it } from "vitest";
import type { RuleViolation } from "../rules/rule-violation";
import { validateDecision } from "./decision";

const date = new Date("2009-09-10T00:00:00Z");
const violation = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return { code: (e as RuleViolation).code, field: (e as RuleViolation).field };
  }
  return null;
};

describe("validateDecision", () => {
  it("accepts a partial grant of 500 000 of 900 000 and keeps the amount", () => {
    expect(validateDecision("SUBMITTED", "900000", { outcome: "PARTIALLY_GRANTED", amountGranted: "500000", decisionDate: date })).toEqual({
      amountGranted: "500000",
    });
  });

  it("accepts a grant in full and a rejection at 0", () => {
    expect(validateDecision("SUBMITTED", "100000", { outcome: "GRANTED", amountGranted: "100000", decisionDate: date }).amountGranted).toBe(
      "100000",
    );
    expect(validateDecision("SUBMITTED", "100000", { outcome: "REJECTED", decisionDate: date }).amountGranted).toBe("0");
  });

  it("requires a date and an amount", () => {
    expect(
      violation(() => validateDecision("SUBMITTED", "900000", { outcome: "GRANTED", amountGranted: "900000", decisionDate: null })),
    ).toEqual({
      code: "BAD_USER_INPUT",
      field: "decisionDate",
    });
    expect(violation(() => validateDecision("SUBMITTED", "900000", { outcome: "GRANTED", decisionDate: date }))).toEqual({
      code: "BAD_USER_INPUT",
      field: "amountGranted",
    });
  });

  it("refuses more than applied for unless the decision says so", () => {
    expect(
      violation(() => validateDecision("SUBMITTED", "900000", { outcome: "GRANTED", amountGranted: "900001", decisionDate: date }))?.field,
    ).toBe("amountGranted");
    expect(
      validateDecision("SUBMITTED", "900000", { outcome: "GRANTED", amountGranted: "950000", decisionDate: date, allowAboveApplied: true })
        .amountGranted,
    ).toBe("950000");
  });

  it("keeps partial and full grants consistent with the amounts", () => {
    expect(
      violation(() =>
        validateDecision("SUBMITTED", "900000", { outcome: "PARTIALLY_GRANTED", amountGranted: "900000", decisionDate: date }),
      )?.field,
    ).toBe("amountGranted");
    expect(
      violation(() => validateDecision("SUBMITTED", "900000", { outcome: "GRANTED", amountGranted: "500000", decisionDate: date }))?.field,
    ).toBe("outcome");
    expect(
      violation(() => validateDecision("SUBMITTED", "900000", { outcome: "REJECTED", amountGranted: "5", decisionDate: date }))?.field,
    ).toBe("amountGranted");
    expect(
      violation(() => validateDecision("SUBMITTED", "900000", { outcome: "GRANTED", amountGranted: "0", decisionDate: date }))?.field,
    ).toBe("amountGranted");
  });

  it("refuses a decision dated before the application was submitted", () => {
    const submitted = new Date("2009-10-01T00:00:00Z");
    expect(
      violation(() =>
        validateDecision("SUBMITTED", "900000", { outcome: "GRANTED", amountGranted: "900000", decisionDate: date }, submitted),
      ),
    ).toEqual({
      code: "BAD_USER_INPUT",
      field: "decisionDate",
    });
  });

  it("refuses a decision on an application that is not submitted", () => {
    expect(
      violation(() => validateDecision("DRAFT", "900000", { outcome: "GRANTED", amountGranted: "900000", decisionDate: date }))?.code,
    ).toBe("CONFLICT");
    expect(violation(() => validateDecision("GRANTED", "900000", { outcome: "REJECTED", decisionDate: date }))?.code).toBe("CONFLICT");
  });
});
