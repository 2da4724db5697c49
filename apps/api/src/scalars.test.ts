import { Kind } from "graphql";
import { describe, expect, it } from "vitest";
import { DateScalar, MoneyScalar } from "./scalars";

describe("Date scalar: dates cross the edge once", () => {
  it("parses input to the domain's day (a normalised ISO string), not to a Date", () => {
    expect(DateScalar.parseValue("2009-03-01")).toBe("2009-03-01");
    expect(DateScalar.parseValue(" 2009-03-01 ")).toBe("2009-03-01");
    expect(DateScalar.parseLiteral({ kind: Kind.STRING, value: "2008-10-28" })).toBe("2008-10-28");
  });

  it("refuses what is not a calendar day", () => {
    for (const bad of ["2009-02-30", "2009-3-1", "01/03/2009", "", 20090301]) {
      expect(() => DateScalar.parseValue(bad)).toThrow();
    }
  });

  it("serialises a stored date (UTC midnight) and a day alike", () => {
    expect(DateScalar.serialize(new Date("2009-03-01T00:00:00Z"))).toBe("2009-03-01");
    expect(DateScalar.serialize("2009-03-01")).toBe("2009-03-01");
  });
});

describe("Money scalar", () => {
  it("keeps amounts exact as normalised decimal strings", () => {
    expect(MoneyScalar.parseValue("916210.50")).toBe("916210.5");
    expect(MoneyScalar.parseValue(2200000)).toBe("2200000");
    expect(() => MoneyScalar.parseValue("60 000 kr")).toThrow();
  });
});
