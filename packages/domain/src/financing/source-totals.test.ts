import { describe, expect, it } from "vitest";
import { projectFinancing } from "./financing";
import { sourceTotals } from "./financing-table";

describe("sourceTotals", () => {
  it("sums a year's sources by kind and state, unknown amounts adding nothing, pledges pending", () => {
    const [y] = projectFinancing({
      budgetYears: [{ year: 2010, amount: "900000", ownFunding: "50000" }],
      grants: [
        {
          id: "g",
          title: "Drift",
          funderName: "Länsstyrelsen",
          status: "PARTIALLY_GRANTED",
          amountApplied: "900000",
          amountGranted: "500000",
          periodStartYear: 2010,
          periodEndYear: 2010,
          decisionYear: 2010,
          yearAmounts: [],
        },
      ],
      contributions: [
        { id: "a", organisationName: "Solna stad", year: 2010, kind: "CASH", amount: "150000", status: "COMMITTED", description: null },
        { id: "b", organisationName: "Bromma", year: 2010, kind: "CASH", amount: "150000", status: "RECEIVED", description: null },
        { id: "c", organisationName: "Ekerö", year: 2010, kind: "CASH", amount: "100000", status: "PLEDGED", description: null },
        { id: "d", organisationName: "Polisen", year: 2010, kind: "IN_KIND", amount: null, status: "COMMITTED", description: "Lokaler" },
      ],
    });
    expect(sourceTotals(y)).toEqual([
      { kind: "GRANT", state: "SECURED", amount: "500000" },
      { kind: "CASH", state: "SECURED", amount: "300000" },
      { kind: "CASH", state: "PENDING", amount: "100000" },
      { kind: "IN_KIND", state: "SECURED", amount: "0" },
      { kind: "OWN", state: "SECURED", amount: "50000" },
    ]);
  });
});
