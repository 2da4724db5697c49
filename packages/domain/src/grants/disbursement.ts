import type { ConditionStatus, DisbursementStatus, GrantStatus } from "../generated/prisma/enums";
import { grantStatusLabels } from "../labels/labels";
import { compareMoney, sumMoney } from "../money/money";
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
    throw conflict(`Utbetalningar kan inte registreras för ett bidrag med status ”${grantStatusLabels[grant.status].sv.toLowerCase()}”`);
  }
  if (compareMoney(next.amount, "0") <= 0) throw badValue("amount", "Beloppet måste vara större än 0 kr");
  const granted = grant.amountGranted ?? "0";
  const total = sumMoney([...others.map((o) => o.amount), next.amount]);
  if (compareMoney(total, granted) > 0) {
    throw badValue("amount", `Utbetalningarna (${total} kr) får inte överstiga beviljat belopp (${granted} kr)`);
  }
  if (next.status === "PAID") {
    const blocking = conditions.filter((c) => c.blocksPayment && c.status === "OPEN");
    if (blocking.length) {
      throw conflict(`Utbetalning spärras av ett öppet villkor: ”${blocking[0].text}”`, {}, "status");
    }
  }
}
