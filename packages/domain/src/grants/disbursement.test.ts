import { describe, expect, it } from "vitest";
import type { RuleViolation } from "../rules/rule-violation";
import { type DisbursementCheck, validateDisbursement } from "./disbursement";

const base: DisbursementCheck = {
  grant: { status: "PARTIALLY_GRANTED", amountGranted: "500000" },
  others: [],
  conditions: [{ status: "OPEN", blocksPayment: true, text: "Redovisa långsiktig finansiering" }],
  next: { amount: "500000", status: "PLANNED" },
};
const code = (c: DisbursementCheck) => {
  try {
    validateDisbursement(c);
    return "OK";
  } catch (e) {
    return `${(e as RuleViolation).code}:${(e as RuleViolation).field}`;
  }
};

describe("validateDisbursement", () => {
  it("lets a payment be planned while a blocking condition is open", () => {
    expect(code(base)).toBe("OK");
  });

  it("refuses to mark it paid while the blocking condition is open, and allows it once fulfilled", () => {
    expect(code({ ...base, next: { amount: "500000", status: "PAID" } })).toBe("CONFLICT:status");
    expect(
      code({ ...base, conditions: [{ ...base.conditions[0], status: "FULFILLED" }], next: { amount: "500000", status: "PAID" } }),
    ).toBe("OK");
    expect(code({ ...base, conditions: [{ ...base.conditions[0], blocksPayment: false }], next: { amount: "1", status: "PAID" } })).toBe(
      "OK",
    );
  });

  it("never pays out more than granted, counting the other payments", () => {
    expect(code({ ...base, next: { amount: "500001", status: "PLANNED" } })).toBe("BAD_USER_INPUT:amount");
    expect(code({ ...base, others: [{ amount: "300000" }], next: { amount: "200001", status: "PLANNED" } })).toBe("BAD_USER_INPUT:amount");
    expect(code({ ...base, others: [{ amount: "300000" }], next: { amount: "200000", status: "PLANNED" } })).toBe("OK");
    expect(code({ ...base, next: { amount: "0", status: "PLANNED" } })).toBe("BAD_USER_INPUT:amount");
  });

  it("refuses payments on grants that are not decided in favour", () => {
    expect(code({ ...base, grant: { status: "SUBMITTED", amountGranted: null } })).toBe("CONFLICT:null");
    expect(code({ ...base, grant: { status: "REJECTED", amountGranted: "0" } })).toBe("CONFLICT:null");
  });
});
