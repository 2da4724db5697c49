import { expect, it } from "vitest";
import { grantTimeline } from "./timeline";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

it("puts application, decision, conditions, reports, payments and changes in date order", () => {
  const events = grantTimeline({
    applicationDeadline: null,
    submittedDate: d("2009-06-01"),
    submittedPrecision: "MONTH",
    decisionDate: d("2009-09-10"),
    decisionPrecision: "DAY",
    decisionText: "500 000 kr under förutsättning …",
    status: "PARTIALLY_GRANTED",
    amountGranted: "500000",
    conditions: [
      { text: "Redovisa finansiering", dueDate: d("2009-12-01"), status: "FULFILLED", resolvedDate: d("2009-11-20"), resolvedBy: "Anna" },
    ],
    reports: [{ title: "Slutrapport", dueDate: d("2011-03-01"), status: "DUE", receivedDate: null, approvedDate: null }],
    disbursements: [{ amount: "500000", plannedDate: d("2010-01-15"), paidDate: d("2010-01-20"), status: "PAID" }],
    audit: [
      {
        id: "e1",
        entityId: "g1",
        createdAt: new Date("2009-09-10T10:00:00Z"),
        action: "decided",
        entityType: "Grant",
        field: "status",
        before: "SUBMITTED",
        after: "PARTIALLY_GRANTED",
        actor: "Anna",
        version: 3,
      },
      {
        id: "e2",
        entityId: "g1",
        createdAt: new Date("2009-09-10T10:00:00Z"),
        action: "decided",
        entityType: "Grant",
        field: "amountGranted",
        before: null,
        after: "500000",
        actor: "Anna",
        version: 3,
      },
      {
        id: "e3",
        entityId: "g1",
        createdAt: new Date("2009-09-10T10:00:00Z"),
        action: "decided",
        entityType: "Grant",
        field: "decisionPrecision",
        before: "DAY",
        after: "DAY",
        actor: "Anna",
        version: 3,
      },
    ],
  });
  expect(events.map((e) => e.kind)).toEqual([
    "SUBMITTED",
    "DECIDED",
    "CHANGE",
    "CONDITION_RESOLVED",
    "CONDITION_DUE",
    "PAYMENT_PAID",
    "REPORT_DUE",
  ]);
  expect(events[1].precision).toBe("DAY");
  expect(events[2]).toMatchObject({
    title: "Beslut registrerat",
    actor: "Anna",
    detail: "status: SUBMITTED → PARTIALLY_GRANTED; amountGranted: – → 500000",
  });
  // The decision's three field rows are one change, kept whole for the web to word.
  expect(events[2].change).toMatchObject({ id: "e1", entityType: "Grant", action: "decided", version: 3 });
  expect(events[2].change?.rows.map((r) => r.field)).toEqual(["status", "amountGranted", "decisionPrecision"]);
});
