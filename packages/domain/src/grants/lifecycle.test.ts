import { describe, expect, it } from "vitest";
import { GrantStatus } from "../generated/prisma/enums";
import { wordReason } from "../rules/reasons";
import type { RuleViolation } from "../rules/rule-violation";
import {
  APPLIED_FOR,
  assertTransition,
  assertTransitionRequirements,
  canTransition,
  DECIDED,
  EDITABLE,
  FINAL,
  IN_FAVOUR,
  PAYABLE,
  TRANSITIONS,
  transitionsFrom,
} from "./lifecycle";

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

  it("refuses an illegal step with CONFLICT naming both states and the allowed ones", () => {
    const refusal = (from: GrantStatus, to: GrantStatus) => {
      try {
        assertTransition(from, to);
      } catch (e) {
        return e as RuleViolation;
      }
      throw new Error(`${from} → ${to} was allowed`);
    };
    const closed = refusal("CLOSED", "ACTIVE");
    expect([closed.code, closed.reason, closed.field, closed.params]).toEqual([
      "CONFLICT",
      "grant.transition.noFurtherSteps",
      "status",
      { from: "CLOSED", to: "ACTIVE" },
    ]);
    expect(wordReason(closed.reason, closed.params, "sv")).toBe(
      "Ett bidrag med status ”avslutad” kan inte bli ”pågående” (inga fler steg är möjliga)",
    );
    const draft = refusal("DRAFT", "GRANTED");
    expect(draft.params).toEqual({ from: "DRAFT", to: "GRANTED", allowed: "SUBMITTED,WITHDRAWN" });
    expect(wordReason(draft.reason, draft.params, "sv")).toBe(
      "Ett bidrag med status ”utkast” kan inte bli ”beviljad” (tillåtet: inskickad, återtagen)",
    );
    expect(draft.message).toBe("A grant with status “draft” cannot become “granted” (allowed: submitted, withdrawn)");
  });
});

describe("named status sets", () => {
  it("nest as the lifecycle does: decided ⊂ payable ⊂ in favour ⊂ applied for", () => {
    expect(DECIDED).toEqual(["GRANTED", "PARTIALLY_GRANTED"]);
    expect(PAYABLE).toEqual(["GRANTED", "PARTIALLY_GRANTED", "ACTIVE", "REPORTED"]);
    expect(IN_FAVOUR).toEqual([...PAYABLE, "CLOSED"]);
    expect([...APPLIED_FOR].sort()).toEqual(
      Object.values(GrantStatus)
        .filter((s) => s !== "DRAFT" && s !== "WITHDRAWN")
        .sort(),
    );
    expect(EDITABLE).toEqual(["DRAFT", "SUBMITTED"]);
    expect([...FINAL].sort()).toEqual(["CLOSED", "REJECTED", "WITHDRAWN"]);
  });
});

describe("transition requirements", () => {
  const none = { conditions: [], reports: [], disbursements: [] };
  it("needs a received final report before the grant is reported", () => {
    expect(() => assertTransitionRequirements("ACTIVE", "REPORTED", none)).toThrow(/final report/);
    expect(() =>
      assertTransitionRequirements("ACTIVE", "REPORTED", { ...none, reports: [{ kind: "FINAL", status: "RECEIVED" }] }),
    ).not.toThrow();
  });

  it("needs settled conditions and no planned payments before closing", () => {
    expect(() => assertTransitionRequirements("REPORTED", "CLOSED", { ...none, conditions: [{ status: "OPEN" }] })).toThrow(/condition/);
    expect(() => assertTransitionRequirements("REPORTED", "CLOSED", { ...none, disbursements: [{ status: "PLANNED" }] })).toThrow(
      /planned disbursements/,
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

describe("transitionsFrom", () => {
  const none = { conditions: [], reports: [], disbursements: [] };
  it("lists every step of the lifecycle, refused with the reason assertTransitionRequirements gives", () => {
    const facts = { ...none, conditions: [{ status: "OPEN" as const }] };
    expect(transitionsFrom("REPORTED", facts)).toEqual([
      { to: "CLOSED", allowed: false, reason: "grant.transition.openConditions", field: "conditions" },
      { to: "ACTIVE", allowed: true },
    ]);
    expect(() => assertTransitionRequirements("REPORTED", "CLOSED", facts)).toThrow(
      expect.objectContaining({ reason: "grant.transition.openConditions", field: "conditions", code: "CONFLICT" }),
    );
    expect(transitionsFrom("ACTIVE", none)).toEqual([
      { to: "REPORTED", allowed: false, reason: "grant.transition.finalReportMissing", field: "reportRequirements" },
    ]);
    expect(transitionsFrom("SUBMITTED", none).map((s) => [s.to, s.allowed])).toEqual([
      ["GRANTED", true],
      ["PARTIALLY_GRANTED", true],
      ["REJECTED", true],
      ["WITHDRAWN", true],
    ]);
    expect(transitionsFrom("CLOSED", none)).toEqual([]);
  });

  it("words every refusal in Swedish and English", () => {
    for (const status of Object.values(GrantStatus))
      for (const step of transitionsFrom(status, {
        conditions: [{ status: "OPEN" }],
        reports: [],
        disbursements: [{ status: "PLANNED" }],
      }))
        if (!step.allowed) {
          expect(wordReason(step.reason, {}, "sv")).not.toBe(wordReason(step.reason, {}, "en"));
          expect(wordReason(step.reason, {}, "sv")).not.toMatch(/[{}]/);
        }
  });
});
