import type { ConditionStatus, GrantStatus, ReportKind, ReportStatus } from "../generated/prisma/enums";
import { compareMoney, sumMoney } from "../money/money";
import { AWAITING_DECISION, FINAL, PAYABLE } from "./lifecycle";

export type AttentionKind =
  | "PENDING_DECISION"
  | "CONDITION_OVERDUE"
  | "CONDITION_DUE"
  | "REPORT_OVERDUE"
  | "REPORT_DUE"
  | "NOT_FULLY_DISBURSED"
  | "ENDED_WITHOUT_FINAL_REPORT";

export type AttentionGrant = {
  id: string;
  title: string;
  status: GrantStatus;
  amountGranted: string | null;
  submittedDate: Date | null;
  applicationDeadline: Date | null;
  projectEndDate: Date | null;
  conditions: { id: string; text: string; dueDate: Date | null; status: ConditionStatus; blocksPayment: boolean }[];
  reports: { id: string; title: string; kind: ReportKind; dueDate: Date | null; status: ReportStatus }[];
  disbursements: { amount: string; status: "PLANNED" | "PAID" }[];
};

export type AttentionItem = {
  kind: AttentionKind;
  grantId: string;
  grantTitle: string;
  /** The condition or report concerned, when there is one. */
  itemId: string | null;
  text: string;
  dueDate: Date | null;
  /** Days from today to the due date; negative when overdue. */
  daysLeft: number | null;
  amountGranted: string | null;
  amountPaid: string | null;
};

const DAY = 86_400_000;
const daysBetween = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / DAY);
const startOfDay = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));

const ORDER: AttentionKind[] = [
  "CONDITION_OVERDUE",
  "REPORT_OVERDUE",
  "ENDED_WITHOUT_FINAL_REPORT",
  "CONDITION_DUE",
  "REPORT_DUE",
  "PENDING_DECISION",
  "NOT_FULLY_DISBURSED",
];

/**
 * What a county board officer must look at today: pending decisions, conditions and reports due
 * within `horizonDays` or overdue, grants not fully paid out, and grants whose project has ended
 * without a received final report. `today` is a parameter so the answer is reproducible.
 */
export function attentionItems(grants: AttentionGrant[], today: Date, horizonDays = 30): AttentionItem[] {
  const day0 = startOfDay(today);
  const items: AttentionItem[] = [];
  for (const g of grants) {
    const base = { grantId: g.id, grantTitle: g.title, amountGranted: g.amountGranted, amountPaid: null };
    const due = (kind: "CONDITION" | "REPORT", id: string, text: string, dueDate: Date | null) => {
      if (!dueDate) return;
      const daysLeft = daysBetween(day0, dueDate);
      if (daysLeft < 0) items.push({ ...base, kind: `${kind}_OVERDUE`, itemId: id, text, dueDate, daysLeft });
      else if (daysLeft <= horizonDays) items.push({ ...base, kind: `${kind}_DUE`, itemId: id, text, dueDate, daysLeft });
    };
    if (AWAITING_DECISION.includes(g.status)) {
      items.push({ ...base, kind: "PENDING_DECISION", itemId: null, text: g.title, dueDate: null, daysLeft: null });
    }
    if (FINAL.includes(g.status)) continue;
    for (const c of g.conditions) if (c.status === "OPEN") due("CONDITION", c.id, c.text, c.dueDate);
    for (const r of g.reports) if (r.status === "DUE") due("REPORT", r.id, r.title, r.dueDate);
    if (PAYABLE.includes(g.status) && g.amountGranted && compareMoney(g.amountGranted, "0") > 0) {
      const paid = sumMoney(g.disbursements.filter((d) => d.status === "PAID").map((d) => d.amount));
      if (compareMoney(paid, g.amountGranted) < 0) {
        items.push({ ...base, kind: "NOT_FULLY_DISBURSED", itemId: null, text: g.title, dueDate: null, daysLeft: null, amountPaid: paid });
      }
    }
    const finalReceived = g.reports.some((r) => r.kind === "FINAL" && r.status !== "DUE");
    if (PAYABLE.includes(g.status) && g.projectEndDate && g.projectEndDate < day0 && !finalReceived) {
      items.push({
        ...base,
        kind: "ENDED_WITHOUT_FINAL_REPORT",
        itemId: null,
        text: g.title,
        dueDate: g.projectEndDate,
        daysLeft: daysBetween(day0, g.projectEndDate),
      });
    }
  }
  return items.sort(
    (a, b) =>
      ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) ||
      (a.dueDate?.getTime() ?? 0) - (b.dueDate?.getTime() ?? 0) ||
      a.grantTitle.localeCompare(b.grantTitle, "sv"),
  );
}
