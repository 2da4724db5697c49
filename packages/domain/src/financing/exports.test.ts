import { describe, expect, it } from "vitest";
import { projectDeadlines } from "./deadlines";
import { projectFinancing } from "./financing";
import { financingTable, toCsv } from "./financing-table";
import { toICalendar } from "./ical";

describe("financing table and CSV", () => {
  it("has a row per source and the year's need, secured, pending and gap; CSV keeps å and quotes", () => {
    const years = projectFinancing({
      budgetYears: [{ year: 2010, amount: "900000", ownFunding: null }],
      grants: [],
      contributions: [
        {
          id: "c",
          organisationName: "Hässelby-Vällingby; stadsdel",
          year: 2010,
          kind: "CASH",
          amount: "150000",
          status: "COMMITTED",
          description: 'Drift "2010"',
        },
      ],
    });
    const { header, rows } = financingTable("Relationsvåldscentrum", years);
    expect(rows.map((r) => [r[2], r[6]])).toEqual([
      ["Källa", "150000"],
      ["Behov", "900000"],
      ["Säkrat", "150000"],
      ["Sökt/utlovat", "0"],
      ["Gap", "750000"],
    ]);
    const csv = toCsv(header, rows);
    expect(csv.startsWith("\uFEFFProjekt;År;Post")).toBe(true);
    expect(csv).toContain('"Hässelby-Vällingby; stadsdel"');
    expect(csv).toContain('"Drift ""2010"""');
    expect(financingTable("X", years, true).rows[1][6]).toBe("900\u00a0000\u00a0kr");
  });
});

describe("deadlines and iCal", () => {
  it("lists open dates in order and marks passed ones", () => {
    const list = projectDeadlines(
      {
        grants: [
          {
            id: "g",
            title: "Q-jouren",
            status: "GRANTED",
            applicationDeadline: null,
            conditions: [{ text: "Plan för finansiering", dueDate: "2009-03-01", status: "OPEN" }],
            reports: [{ title: "Delrapport", dueDate: "2009-03-01", status: "DUE" }],
          },
        ],
        evaluations: [{ title: "Uppföljning", replyDueDate: "2019-03-01", receivedDate: null, dueDate: null, kind: "FOLLOW_UP" }],
      },
      "2010-01-01",
    );
    expect(list.map((d) => [d.date, d.kind, d.passed])).toEqual([
      ["2009-03-01", "REPORT", true],
      ["2009-03-01", "CONDITION", true],
      ["2019-03-01", "FOLLOW_UP", false],
    ]);
  });

  it("writes a valid all-day calendar with escaped, folded lines", () => {
    const ics = toICalendar(
      "Relationsvåldscentrum",
      [
        {
          uid: "c1",
          date: "2009-03-01",
          title: "Villkor; plan, för finansiering av verksamheten Q-jouren som ska redovisas till länsstyrelsen",
        },
      ],
      new Date("2026-11-22T08:00:00Z"),
    );
    expect(ics).toContain("BEGIN:VCALENDAR\r\nVERSION:2.0");
    expect(ics).toContain("DTSTART;VALUE=DATE:20090301\r\nDTEND;VALUE=DATE:20090302");
    expect(ics).toContain("SUMMARY:Villkor\\; plan\\, för");
    for (const line of ics.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
  });
});
