import { describe, expect, it } from "vitest";
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
