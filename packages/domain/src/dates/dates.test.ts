import { describe, expect, it } from "vitest";
import { optionalPastIsoDate, pastIsoDate } from "./date-schemas";
import { stockholmToday } from "./held-years";
import { formatDate, formatIsoDate, parseIsoDate } from "./dates";

describe("dates", () => {
  it("parses valid ISO dates only", () => {
    expect(formatIsoDate(parseIsoDate("2009-03-01") as Date)).toBe("2009-03-01");
    expect(parseIsoDate("2009-02-30")).toBeNull();
    expect(parseIsoDate("1 mars 2009")).toBeNull();
  });

  it("formats with the precision the source gives", () => {
    expect(formatDate("2009-03-01")).toBe("2009-03-01");
    expect(formatDate("2008-10-01", "MONTH")).toBe("oktober 2008");
    expect(formatDate("2008-10-01", "MONTH", "en")).toBe("October 2008");
    expect(formatDate("2009-01-01", "YEAR")).toBe("2009");
    expect(formatDate(null)).toBe("–");
  });
});

describe("days that have happened", () => {
  it("refuses a decision or a payment dated after today in Stockholm, naming today", () => {
    const r = pastIsoDate.safeParse("2999-01-01");
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ message: "date.inFuture", params: { today: stockholmToday() } });
    expect(optionalPastIsoDate.safeParse("2999-01-01").success).toBe(false);
    expect(pastIsoDate.safeParse("2009-03-01").success).toBe(true);
    expect(pastIsoDate.safeParse(stockholmToday()).success).toBe(true);
    expect(optionalPastIsoDate.safeParse("").data).toBeNull();
    expect(stockholmToday(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
  });
});
