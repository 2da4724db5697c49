import { describe, expect, it } from "vitest";
import { type AttentionGrant, attentionItems } from "./attention";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const grant = (over: Partial<AttentionGrant>): AttentionGrant => ({
  id: "g1",
  title: "Relationsvåldscentrum 2010",
  status: "PARTIALLY_GRANTED",
  amountGranted: "500000",
  submittedDate: null,
  applicationDeadline: null,
  projectEndDate: null,
  conditions: [],
  reports: [],
  disbursements: [],
  ...over,
});
const today = d("2009-02-15");

describe("attentionItems", () => {
  it("lists conditions and reports due within 30 days, and overdue ones first", () => {
    const items = attentionItems(
      [
        grant({
          conditions: [
            { id: "c1", text: "Plan för finansiering", dueDate: d("2009-03-01"), status: "OPEN", blocksPayment: true },
            { id: "c2", text: "Gammalt villkor", dueDate: d("2009-01-01"), status: "OPEN", blocksPayment: false },
            { id: "c3", text: "Långt fram", dueDate: d("2009-06-01"), status: "OPEN", blocksPayment: false },
            { id: "c4", text: "Klart", dueDate: d("2009-02-20"), status: "FULFILLED", blocksPayment: false },
          ],
          reports: [{ id: "r1", title: "Delrapport", kind: "INTERIM", dueDate: d("2009-03-17"), status: "DUE" }],
        }),
      ],
      today,
    );
    const kinds = items.map((i) => `${i.kind}:${i.itemId ?? ""}:${i.daysLeft ?? ""}`);
    expect(kinds).toEqual(["CONDITION_OVERDUE:c2:-45", "CONDITION_DUE:c1:14", "REPORT_DUE:r1:30", "NOT_FULLY_DISBURSED::"]);
  });

  it("lists pending decisions and grants not fully paid", () => {
    const items = attentionItems(
      [
        grant({ id: "a", status: "SUBMITTED", amountGranted: null }),
        grant({
          id: "b",
          disbursements: [
            { amount: "200000", status: "PAID" },
            { amount: "300000", status: "PLANNED" },
          ],
        }),
        grant({ id: "c", disbursements: [{ amount: "500000", status: "PAID" }] }),
      ],
      today,
    );
    expect(items.map((i) => `${i.kind}:${i.grantId}`)).toEqual(["PENDING_DECISION:a", "NOT_FULLY_DISBURSED:b"]);
    expect(items[1].amountPaid).toBe("200000");
  });

  it("flags a project that has ended without a received final report", () => {
    const ended = grant({ status: "ACTIVE", projectEndDate: d("2008-12-31"), disbursements: [{ amount: "500000", status: "PAID" }] });
    expect(attentionItems([ended], today).map((i) => i.kind)).toEqual(["ENDED_WITHOUT_FINAL_REPORT"]);
    const reported = {
      ...ended,
      reports: [{ id: "f", title: "Slutrapport", kind: "FINAL" as const, dueDate: d("2009-01-31"), status: "RECEIVED" as const }],
    };
    expect(attentionItems([reported], today)).toEqual([]);
  });

  it("ignores closed, rejected and withdrawn grants, and depends only on the given date", () => {
    const c = { id: "c", text: "x", dueDate: d("2009-02-20"), status: "OPEN" as const, blocksPayment: false };
    expect(attentionItems([grant({ status: "CLOSED", conditions: [c] })], today)).toEqual([]);
    expect(attentionItems([grant({ status: "WITHDRAWN", conditions: [c] })], today)).toEqual([]);
    expect(attentionItems([grant({ conditions: [c] })], d("2008-01-01"), 30).filter((i) => i.kind.startsWith("CONDITION"))).toEqual([]);
  });
});
