import { describe, expect, it } from "vitest";
import { GrantStatus } from "../generated/prisma/enums";
import { RuleViolation } from "../rules/rule-violation";
import { assertTransition, assertTransitionRequirements, canTransition, TRANSITIONS } from "./lifecycle";

describe("grant lifecycle", () => {
  it("follows draft → submitted → decided → active → reported → closed", () => {
    const path = ["DRAFT", "SUBMITTED", "PARTIALLY_GRANTED", "ACTIVE", "REPORTED", "CLOSED"] as const;
    for (let i = 1; i < path.length; i++) expect(canTransition(path[i - 1], path[i]), `${path[i - 1]} → ${path[i]}`).toBe(true);
  });

  it("allows withdrawal before the money is in use, never after", () => {
    for (const s of ["DRAFT", "SUBMITTED", "GRANTED", "PARTIALLY_GRANTED"] as const) expect(canTransition(s, "WITHDRAWN")).toBe(true);
    for (const s of ["ACTIVE", "REPORTED", "CLOSED", "REJECTED"] as const) expect(canTransition(s, "WITHDRAWN")).toBe(false);
  });

  it("has terminal states and no self-transitions", () => {
    expect(TRANSITIONS.CLOSED).toEqual([]);
    expect(TRANSITIONS.REJECTED).toEqual([]);
    expect(TRANSITIONS.WITHDRAWN).toEqual([]);
    for (const s of Object.values(GrantStatus)) expect(canTransition(s, s)).toBe(false);
  });

  it("refuses an illegal step with CONFLICT naming both states", () => {
    expect(() => assertTransition("DRAFT", "GRANTED")).toThrow(RuleViolation);
    try {
      assertTransition("CLOSED", "ACTIVE");
    } catch (e) {
      expect((e as RuleViolation).code).toBe("CONFLICT");
      expect((e as RuleViolation).message).toContain("avslutad");
      expect((e as RuleViolation).message).toContain("inga fler steg");
    }
  });
});

describe("transition requirements", () => {
  const none = { conditions: [], reports: [], disbursements: [] };
  it("needs a received final report before the grant is reported", () => {
    expect(() => assertTransitionRequirements("ACTIVE", "REPORTED", none)).toThrow(/slutrapport/);
    expect(() =>
      assertTransitionRequirements("ACTIVE", "REPORTED", { ...none, reports: [{ kind: "FINAL", status: "RECEIVED" }] }),
    ).not.toThrow();
  });

  it("needs settled conditions and no planned payments before closing", () => {
    expect(() => assertTransitionRequirements("REPORTED", "CLOSED", { ...none, conditions: [{ status: "OPEN" }] })).toThrow(/villkor/);
    expect(() => assertTransitionRequirements("REPORTED", "CLOSED", { ...none, disbursements: [{ status: "PLANNED" }] })).toThrow(
      /utbetalningar/,
    );
    expect(() =>
      assertTransitionRequirements("REPORTED", "CLOSED", {
        ...none,
        conditions: [{ status: "WAIVED" }],
        disbursements: [{ status: "PAID" }],
      }),
    ).not.toThrow();
  });
});
