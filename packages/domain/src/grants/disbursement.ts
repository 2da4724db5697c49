import type { ConditionStatus, DisbursementStatus, GrantStatus } from "../generated/prisma/enums";
import { compareMoney, fromOre, sumMoney, toOre } from "../money/money";
import { badValue, conflict } from "../rules/rule-violation";
import { PAYABLE } from "./lifecycle";

export type DisbursementCheck = {
  grant: { status: GrantStatus; amountGranted: string | null };
  /** The grant's other disbursements (not the one being written). */
  others: { amount: string }[];
  conditions: { status: ConditionStatus; blocksPayment: boolean; text: string }[];
  next: { amount: string; status: DisbursementStatus };
};

/**
 * A disbursement cannot exceed what is granted (with the others counted) and cannot be marked
 * paid while a payment-blocking condition is still open.
 */
export function validateDisbursement({ grant, others, conditions, next }: DisbursementCheck): void {
  if (!PAYABLE.includes(grant.status)) {
    throw conflict("disbursement.grantNotPayable", { status: grant.status });
  }
  if (compareMoney(next.amount, "0") <= 0) throw badValue("amount", "money.notPositive");
  const granted = grant.amountGranted ?? "0";
  const total = sumMoney([...others.map((o) => o.amount), next.amount]);
  if (compareMoney(total, granted) > 0) {
    const remaining = fromOre(toOre(granted) - toOre(sumMoney(others.map((o) => o.amount))));
    throw badValue("amount", "disbursement.exceedsGranted", {
      total,
      granted,
      remaining: compareMoney(remaining, "0") > 0 ? remaining : "0",
    });
  }
  if (next.status === "PAID") {
    const blocking = conditions.filter((c) => c.blocksPayment && c.status === "OPEN");
    if (blocking.length) {
      throw conflict("disbursement.blockedByCondition", { condition: blocking[0].text }, "status");
    }
  }
}
