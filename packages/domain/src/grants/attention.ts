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

/** The kinds most urgent first: the list's order, and the order of its counts. */
export const ATTENTION_ORDER: readonly AttentionKind[] = [
  "CONDITION_OVERDUE",
  "REPORT_OVERDUE",
  "ENDED_WITHOUT_FINAL_REPORT",
  "CONDITION_DUE",
  "REPORT_DUE",
  "PENDING_DECISION",
  "NOT_FULLY_DISBURSED",
];

/** Texts compared character by character (as PostgreSQL's "C" collation compares them: the SQL of the API's list). */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// The Swedish letters and accents the key maps (after A–Z to a–z); Å and Ä trade places: in Unicode Ä comes first.
const SV_FROM = "ÅÄÖÉÈÜÁÀåäéèüáà";
const SV_TO = "äåöeeyaaäåeeyaa";
const SV_MAP = new Map([...SV_FROM].map((c, i) => [c, SV_TO[i]]));
/**
 * A title's (or text's) sort key, close to Swedish alphabetical order: letters without case, é and
 * à as e and a, ü as y, and Å, Ä, Ö after Z in that order. Compared character by character, so that
 * PostgreSQL and the embedded database (neither has Swedish collation rules everywhere) order alike:
 * in SQL the same mapping is `translate(lower(… COLLATE "C"), …) COLLATE "C"` (TITLE_SORT_KEY_SQL). Titles of equal keys
 * then compare as written.
 */
export const titleSortKey = (title: string) =>
  title.replace(/[A-Z]/g, (c) => c.toLowerCase()).replace(/[ÅÄÖÉÈÜÁÀåäéèüáà]/g, (c) => SV_MAP.get(c) ?? c);
const bySortKey = (a: string, b: string) => byCodePoint(titleSortKey(a), titleSortKey(b)) || byCodePoint(a, b);
// lower() under "C" changes only A–Z, in PostgreSQL and the embedded database alike (and is quick; translate
// with every letter in its list took 90 ms of a county's list of 15 000 items).
export const TITLE_SORT_KEY_SQL = (column: string) =>
  `translate(lower(${column} COLLATE "C"), '${SV_FROM}', '${SV_TO}') COLLATE "C", ${column} COLLATE "C"`;

/**
 * What a county board officer must look at today: pending decisions, conditions and reports due
 * within `horizonDays` or overdue, grants not fully paid out, and grants whose project has ended
 * without a received final report. `today` is a parameter so the answer is reproducible. Ordered
 * by kind (ATTENTION_ORDER), due date (none first), the grant's title (titleSortKey), the grant, and
 * the condition's or report's text (a grant's conditions due the same day in the order of their texts).
 *
 * The API lists the same items, computed and paged in PostgreSQL (apps/api's attention-sql.ts);
 * its test generates varied grants and requires the same list as this function gives.
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
      ATTENTION_ORDER.indexOf(a.kind) - ATTENTION_ORDER.indexOf(b.kind) ||
      (a.dueDate?.getTime() ?? 0) - (b.dueDate?.getTime() ?? 0) ||
      bySortKey(a.grantTitle, b.grantTitle) ||
      byCodePoint(a.grantId, b.grantId) ||
      bySortKey(a.text, b.text) ||
      byCodePoint(a.itemId ?? "", b.itemId ?? ""),
  );
}
