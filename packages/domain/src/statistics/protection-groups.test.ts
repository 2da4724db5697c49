import { describe, expect, it } from "vitest";
import { RuleViolation } from "../rules/rule-violation";
import { validateObservation } from "./observation-rules";
import { type ProtectableObservation, populationOf, protectionGroupOf, protectObservations } from "./protection-groups";

const year = { indicatorId: "contacts", periodStart: "2019-01-01", periodEnd: "2019-12-31" };
const value = (id: string, breakdown: string | null, v: number, reporter: { projectId?: string; organisationId?: string }) =>
  ({ id, breakdown, value: v, ...year, ...reporter }) satisfies ProtectableObservation;
const hidden = (observations: ProtectableObservation[]) =>
  [...protectObservations(observations, 5).values()].filter((c) => c.suppressed).map((c) => c.id);

describe("one grouping rule for protection and validation", () => {
  it("is the project's population whoever reported it, else the organisation's, else nobody's", () => {
    expect(populationOf({ projectId: "p", organisationId: "o" })).toBe(populationOf({ projectId: "p" }));
    expect(populationOf({ projectId: "p", organisationId: "o" })).toBe(populationOf({ projectId: "p", organisationId: "other" }));
    expect(populationOf({ organisationId: "o" })).not.toBe(populationOf({ projectId: "p", organisationId: "o" }));
    expect(populationOf({})).toBe(populationOf({ projectId: null, organisationId: null }));
    expect(protectionGroupOf({ ...year, projectId: "p" })).not.toBe(
      protectionGroupOf({ ...year, periodEnd: "2019-06-30", projectId: "p" }),
    );
    expect(protectionGroupOf({ ...year, projectId: "p" })).not.toBe(protectionGroupOf({ ...year, indicatorId: "other", projectId: "p" }));
  });

  it("protects a total and its breakdowns together when one names the organisation too", () => {
    // 20 − 17 = 3 people: before, the total (project) and the breakdown (project + organisation)
    // were two groups, both shown in full.
    expect(hidden([value("t", null, 20, { projectId: "p" }), value("b", "Bosatta", 17, { projectId: "p", organisationId: "o" })])).toEqual([
      "b",
    ]);
    expect(
      hidden([
        value("t", null, 20, { projectId: "p", organisationId: "o1" }),
        value("b", "Bosatta", 17, { projectId: "p", organisationId: "o2" }),
      ]),
    ).toEqual(["b"]);
  });

  it("keeps an organisation's own figures apart from its projects'", () => {
    expect(
      hidden([value("t", null, 20, { organisationId: "o" }), value("b", "Bosatta", 17, { projectId: "p", organisationId: "o" })]),
    ).toEqual([]);
  });

  it("checks a breakdown against the total of the same group, and only that", () => {
    const stored = [value("t", null, 3, { projectId: "p" })];
    const refused = (next: ProtectableObservation) => {
      try {
        validateObservation(next, stored, true);
        return null;
      } catch (e) {
        return (e as RuleViolation).code;
      }
    };
    expect(refused(value("n", "Bosatta", 10, { projectId: "p", organisationId: "o" }))).toBe("BAD_USER_INPUT");
    expect(refused(value("n", "Bosatta", 10, { organisationId: "o" }))).toBeNull();
    expect(refused({ ...value("n", "Bosatta", 10, { projectId: "p" }), periodEnd: "2019-06-30" })).toBeNull();
    expect(refused({ ...value("n", null, 10, { projectId: "p" }), periodStart: "2019-06-01", periodEnd: "2020-05-31" })).toBe("CONFLICT");
    expect(() => validateObservation(value("n", "Bosatta", 10, { projectId: "p" }), stored, true)).toThrow(RuleViolation);
  });
});
