import { describe, expect, it } from "vitest";
import { GIVING360_FLAT_COLUMNS, giving360FlatHeader, giving360FlatLine } from "./flat";
import { type Giving360Source, giving360Amount, isGiving360Grant, toGiving360Grant } from "./giving360-grant";
import { GIVING360_PREFIX, giving360OrgId } from "./identifiers";

const org = (id: string, organisationNumber: string | null, name = `Org ${id}`) => ({
  id,
  name,
  organisationNumber,
  municipality: null,
  website: null,
});

const source = (over: Partial<Giving360Source> = {}): Giving360Source => ({
  id: "g1",
  title: "Q-jouren",
  description: "Stöd till unga",
  currency: "SEK",
  status: "PARTIALLY_GRANTED",
  amountApplied: "900000.00",
  amountGranted: "500000.00",
  amountDisbursed: "250000.5",
  decisionDate: "2008-03-14",
  periodStartYear: 2008,
  periodEndYear: 2009,
  funder: org("f1", "202100-6255", "Länsstyrelsen i Stockholms län"),
  recipient: { ...org("r1", null, "RFHL Stockholm"), municipality: "Stockholm", website: "https://rfhl.se" },
  programme: { id: "p1", name: "Utvecklingsmedel" },
  dateModified: "2026-01-02T03:04:05.000Z",
  ...over,
});

describe("360Giving grant", () => {
  it("maps a grant decided in favour with the standard's field names", () => {
    const g = toGiving360Grant(source(), "https://example.org/exports/360giving.json");
    expect(g).toEqual({
      id: `${GIVING360_PREFIX}g1`,
      title: "Q-jouren",
      description: "Stöd till unga",
      currency: "SEK",
      amountAppliedFor: 900000,
      amountAwarded: 500000,
      amountDisbursed: 250000.5,
      awardDate: "2008-03-14",
      plannedDates: [{ startDate: "2008", endDate: "2009", duration: 24 }],
      recipientOrganization: [
        {
          id: `${GIVING360_PREFIX}org-r1`,
          name: "RFHL Stockholm",
          addressLocality: "Stockholm",
          addressCountry: "SE",
          url: "https://rfhl.se",
        },
      ],
      fundingOrganization: [{ id: "SE-ON-2021006255", name: "Länsstyrelsen i Stockholms län" }],
      grantProgramme: [{ code: `${GIVING360_PREFIX}programme-p1`, title: "Utvecklingsmedel" }],
      dataSource: "https://example.org/exports/360giving.json",
      dateModified: "2026-01-02T03:04:05.000Z",
    });
  });

  it("leaves out what the source does not say, and describes a grant without description by its title", () => {
    const g = toGiving360Grant(
      source({ amountApplied: null, description: "  ", periodStartYear: null, periodEndYear: 2009, programme: null }),
      "https://x.se/a",
    );
    expect(g.amountAppliedFor).toBeUndefined();
    expect(g.description).toBe("Q-jouren");
    expect(g.plannedDates).toEqual([{ startDate: "2009", endDate: "2009", duration: 12 }]);
    expect(g.grantProgramme).toBeUndefined();
    expect("amountAppliedFor" in g).toBe(false);
  });

  it("holds only grants decided in favour with a decision date and a granted amount", () => {
    for (const status of ["GRANTED", "PARTIALLY_GRANTED", "ACTIVE", "REPORTED", "CLOSED"] as const)
      expect(isGiving360Grant(source({ status }))).toBe(true);
    for (const status of ["DRAFT", "SUBMITTED", "REJECTED", "WITHDRAWN"] as const) expect(isGiving360Grant(source({ status }))).toBe(false);
    expect(isGiving360Grant(source({ decisionDate: null }))).toBe(false);
    expect(isGiving360Grant(source({ amountGranted: null }))).toBe(false);
    expect(() => toGiving360Grant(source({ status: "SUBMITTED" }), "https://x.se")).toThrow();
  });

  it("keeps amounts öre exact as numbers", () => {
    expect(giving360Amount("916210.50")).toBe(916210.5);
    expect(giving360Amount("999999999999.99")).toBe(999999999999.99);
    expect(String(giving360Amount("0.07"))).toBe("0.07");
    expect(giving360Amount("0")).toBe(0);
    expect(() => giving360Amount("12,3,4")).toThrow();
  });

  it("identifies organisations by SE-ON where the organisationsnummer is known", () => {
    expect(giving360OrgId({ id: "x", organisationNumber: "802002-3486" })).toBe("SE-ON-8020023486");
    expect(giving360OrgId({ id: "x", organisationNumber: "8020023486" })).toBe("SE-ON-8020023486");
    expect(giving360OrgId({ id: "x", organisationNumber: null })).toBe(`${GIVING360_PREFIX}org-x`);
  });
});

describe("360Giving flat CSV", () => {
  it("writes the standard's column titles and one comma-separated line a grant", () => {
    expect(giving360FlatHeader()).toBe(`${GIVING360_FLAT_COLUMNS.join(",")}\r\n`);
    expect(GIVING360_FLAT_COLUMNS).toContain("Recipient Org:Identifier");
    const g = toGiving360Grant(source({ title: 'Jour, "natt"', description: "=HYPERLINK(1)" }), "https://x.se/a");
    const cells = giving360FlatLine(g);
    expect(
      cells.startsWith(`${GIVING360_PREFIX}g1,"Jour, ""natt""",'=HYPERLINK(1),SEK,900000,500000,250000.5,2008-03-14,2008,2009,24,`),
    ).toBe(true);
    expect(cells.endsWith(",2026-01-02T03:04:05.000Z\r\n")).toBe(true);
    expect(cells.charCodeAt(0)).not.toBe(0xfeff);
  });
});
