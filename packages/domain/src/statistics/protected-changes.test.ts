import { describe, expect, it } from "vitest";
import { wordReason } from "../rules/reasons";
import { RuleViolation } from "../rules/rule-violation";
import { PROTECTED_GROUP, PROTECTED_INDICATOR, refuseChangeInProtectedGroup, refuseUnprotectingIndicator } from "./protected-changes";
import type { ProtectableObservation } from "./protection-groups";

const at = (periodStart: string, periodEnd: string) => ({ indicatorId: "contacts", projectId: "p", periodStart, periodEnd });
const y2019 = at("2019-01-01", "2019-12-31");
const y2020 = at("2020-01-01", "2020-12-31");
const stored: ProtectableObservation[] = [
  { id: "t", breakdown: null, value: 3, ...y2019 }, // hidden: <5
  { id: "t2", breakdown: null, value: 40, ...y2020 },
];
const answer = (fn: () => void) => {
  try {
    fn();
    return "OK";
  } catch (e) {
    const v = e as RuleViolation;
    return `${v.code}:${v.field}:${v.reason}`;
  }
};

describe("changes in a group with a hidden value", () => {
  const ordinary = { rawFigures: false, threshold: 5, stored };

  it("are refused for a caller without raw access, with one answer that names no figure", () => {
    expect(answer(() => refuseChangeInProtectedGroup(ordinary, [{ ...y2019 }], "input.value"))).toBe(
      `CONFLICT:input.value:${PROTECTED_GROUP}`,
    );
    for (const locale of ["sv", "en"] as const) expect(wordReason(PROTECTED_GROUP, {}, locale)).not.toMatch(/\d/);
    // Moving a value out of the protected period is a change there too.
    expect(answer(() => refuseChangeInProtectedGroup(ordinary, [y2020, y2019], "id"))).toBe(`CONFLICT:id:${PROTECTED_GROUP}`);
  });

  it("are let through in a group without hidden values, and for a caller with raw access", () => {
    expect(answer(() => refuseChangeInProtectedGroup(ordinary, [y2020], "input.value"))).toBe("OK");
    expect(answer(() => refuseChangeInProtectedGroup({ ...ordinary, rawFigures: true }, [y2019], "input.value"))).toBe("OK");
  });

  it("include no longer counting people, which would show every hidden value", () => {
    const off = { before: true, after: false };
    expect(answer(() => refuseUnprotectingIndicator(ordinary, off))).toBe(`CONFLICT:input.countsPeople:${PROTECTED_INDICATOR}`);
    expect(answer(() => refuseUnprotectingIndicator(ordinary, { before: true, after: true }))).toBe("OK");
    expect(answer(() => refuseUnprotectingIndicator({ ...ordinary, stored: [stored[1]] }, off))).toBe("OK");
    expect(answer(() => refuseUnprotectingIndicator({ ...ordinary, rawFigures: true }, off))).toBe("OK");
    expect(() => refuseUnprotectingIndicator(ordinary, off)).toThrow(RuleViolation);
  });
});
