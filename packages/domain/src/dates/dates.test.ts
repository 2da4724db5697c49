import { describe, expect, it } from "vitest";
import { optionalPastIsoDate, pastIsoDate } from "./date-schemas";
import { formatDate, formatIsoDate, parseIsoDate } from "./dates";
import { stockholmToday } from "./held-years";

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

  it("writes a day as its UTC date, the same however often it is asked, and refuses an invalid date", () => {
    const times = [Date.UTC(1969, 11, 31, 23, 59), Date.UTC(2009, 2, 1), Date.UTC(2024, 1, 29, 23, 30), Date.UTC(2100, 11, 31, 12)];
    for (const time of times)
      for (let i = 0; i < 3; i++) expect(formatIsoDate(new Date(time))).toBe(new Date(time).toISOString().slice(0, 10));
    // Two moments of one day are each their own key, and each writes that day.
    expect(formatIsoDate(new Date(Date.UTC(2009, 2, 1, 8)))).toBe("2009-03-01");
    expect(() => formatIsoDate(new Date("no date"))).toThrow(RangeError);
    expect(() => formatIsoDate(new Date("no date"))).toThrow(RangeError);
  });
});
