import { describe, expect, it } from "vitest";
import { normaliseOrganisationNumber } from "../partners/organisation-number";
import { RuleViolation } from "../rules/rule-violation";
import { nextFollowUpDue } from "./follow-up";
import { validateObservation } from "./observation-rules";
import { protectGroup } from "./suppression";

describe("organisationsnummer", () => {
  it("accepts numbers with a correct check digit and normalises them", () => {
    expect(normaliseOrganisationNumber("2120000142")).toBe("212000-0142");
    expect(normaliseOrganisationNumber("802015-1562")).toBe("802015-1562");
    expect(normaliseOrganisationNumber("556036 0793")).toBe("556036-0793");
  });
  it("refuses a wrong check digit or length", () => {
    expect(normaliseOrganisationNumber("212000-0143")).toBeNull();
    expect(normaliseOrganisationNumber("21200001")).toBeNull();
    expect(normaliseOrganisationNumber("abcdefghij")).toBeNull();
  });
});

describe("small-count protection", () => {
  const shown = (cells: Parameters<typeof protectGroup>[0], t = 5) =>
    Object.fromEntries(protectGroup(cells, t).map((c) => [c.id, c.suppressed ? c.reason : "shown"]));

  it("hides counts of 1–4 but shows 0 and 5 and more", () => {
    expect(shown([{ id: "a", breakdown: null, value: 3 }])).toEqual({ a: "SMALL_COUNT" });
    expect(shown([{ id: "a", breakdown: null, value: 0 }])).toEqual({ a: "shown" });
    expect(shown([{ id: "a", breakdown: null, value: 5 }])).toEqual({ a: "shown" });
  });

  it("Haninge: 143 women, 138 residents reveals 5 non-residents, which is fine at threshold 5", () => {
    const haninge = [
      { id: "total", breakdown: null, value: 143 },
      { id: "resident", breakdown: "Bosatta i Haninge kommun", value: 138 },
    ];
    expect(shown(haninge, 5)).toEqual({ total: "shown", resident: "shown" });
    // With threshold 6, the 5 non-residents are small: one more cell must go so they cannot be worked out.
    expect(shown(haninge, 6)).toEqual({ total: "shown", resident: "SECONDARY" });
  });

  it("hides a second breakdown when one is hidden and the total would give it away", () => {
    const cells = [
      { id: "t", breakdown: null, value: 20 },
      { id: "a", breakdown: "A", value: 3 },
      { id: "b", breakdown: "B", value: 10 },
      { id: "c", breakdown: "C", value: 7 },
    ];
    expect(shown(cells)).toEqual({ t: "shown", a: "SMALL_COUNT", b: "shown", c: "SECONDARY" });
  });

  it("hides the same one of two equal breakdowns whatever order the cells come in", () => {
    // 14 = 2 + 6 + 6: 2 is hidden, and one of the sixes with it. Were it the first six in one reading and the
    // second in another, the two readings together would show both sixes, and so the 2.
    const cells = [
      { id: "t", breakdown: null, value: 14 },
      { id: "a", breakdown: "A", value: 2 },
      { id: "c", breakdown: "C", value: 6 },
      { id: "b", breakdown: "B", value: 6 },
    ];
    const want = { t: "shown", a: "SMALL_COUNT", b: "SECONDARY", c: "shown" };
    expect(shown(cells)).toEqual(want);
    expect(shown([...cells].reverse())).toEqual(want);
    expect(shown([cells[2], cells[0], cells[3], cells[1]])).toEqual(want);
  });

  it("needs nothing more when two cells are already unknown", () => {
    const cells = [
      { id: "t", breakdown: null, value: 20 },
      { id: "a", breakdown: "A", value: 3 },
      { id: "b", breakdown: "B", value: 2 },
      { id: "c", breakdown: "C", value: 15 },
    ];
    expect(shown(cells)).toEqual({ t: "shown", a: "SMALL_COUNT", b: "SMALL_COUNT", c: "shown" });
  });
});

describe("observations", () => {
  const existing = [
    { id: "t", indicatorId: "i", periodStart: "2018-01-01", periodEnd: "2018-12-31", breakdown: null, value: 143 },
    { id: "r", indicatorId: "i", periodStart: "2018-01-01", periodEnd: "2018-12-31", breakdown: "Bosatta i Haninge kommun", value: 138 },
  ];
  const code = (fn: () => void) => {
    try {
      fn();
      return "OK";
    } catch (e) {
      return `${(e as RuleViolation).code}:${(e as RuleViolation).field}`;
    }
  };
  it("refuses a breakdown above its total, a total below a breakdown, overlaps and fractions of people", () => {
    expect(
      code(() =>
        validateObservation(
          { indicatorId: "i", periodStart: "2018-01-01", periodEnd: "2018-12-31", breakdown: "Utanför Haninge", value: 150 },
          existing,
          true,
        ),
      ),
    ).toBe("BAD_USER_INPUT:value");
    expect(
      code(() =>
        validateObservation(
          { id: "t", indicatorId: "i", periodStart: "2018-01-01", periodEnd: "2018-12-31", breakdown: null, value: 100 },
          existing,
          true,
        ),
      ),
    ).toBe("BAD_USER_INPUT:value");
    expect(
      code(() =>
        validateObservation(
          { indicatorId: "i", periodStart: "2018-06-01", periodEnd: "2019-05-31", breakdown: null, value: 150 },
          existing,
          true,
        ),
      ),
    ).toBe("CONFLICT:periodStart");
    expect(
      code(() =>
        validateObservation(
          { indicatorId: "i", periodStart: "2019-01-01", periodEnd: "2019-12-31", breakdown: null, value: 12.5 },
          existing,
          true,
        ),
      ),
    ).toBe("BAD_USER_INPUT:value");
    expect(
      code(() =>
        validateObservation(
          { indicatorId: "i", periodStart: "2019-01-01", periodEnd: "2019-12-31", breakdown: null, value: 151 },
          existing,
          true,
        ),
      ),
    ).toBe("OK");
    expect(
      code(() =>
        validateObservation(
          { indicatorId: "i", periodStart: "2018-01-01", periodEnd: "2018-12-31", breakdown: "Utanför Haninge", value: 5 },
          existing,
          true,
        ),
      ),
    ).toBe("OK");
  });
  it("is a RuleViolation the API can map", () => {
    expect(() =>
      validateObservation(
        { indicatorId: "i", periodStart: "2018-01-01", periodEnd: "2018-12-31", breakdown: "X", value: 999 },
        existing,
        true,
      ),
    ).toThrow(RuleViolation);
  });
});

describe("follow-ups", () => {
  it("falls due every four years after the last one (§ 12)", () => {
    expect(nextFollowUpDue(4, "2019-03-01", null)).toBe("2023-03-01");
    expect(nextFollowUpDue(4, null, "2016-01-01")).toBe("2020-01-01");
    expect(nextFollowUpDue(null, "2019-03-01", null)).toBeNull();
  });
});
