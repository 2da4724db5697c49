import { formatIsoDate } from "../dates/dates";
import type { GrantStatus } from "../generated/prisma/enums";
import { compareMoney } from "../money/money";
import { badValue } from "../rules/rule-violation";
import { assertTransition } from "./lifecycle";

export type DecisionOutcome = "GRANTED" | "PARTIALLY_GRANTED" | "REJECTED";

export type DecisionInput = {
  outcome: DecisionOutcome;
  /** Required unless rejected; a rejection always has 0. */
  amountGranted?: string | null;
  decisionDate: Date | null | undefined;
  /** The decision says so explicitly: more than applied for may be granted. */
  allowAboveApplied?: boolean;
};

/**
 * Checks a decision against the application and returns the amount to store. A decision needs
 * a date; a granted amount must be positive and at most what was applied for (unless the
 * decision says otherwise); a partial grant is less than applied for; a rejection is 0.
 */
export function validateDecision(
  status: GrantStatus,
  amountApplied: string | null,
  input: DecisionInput,
  submittedDate: Date | null = null,
): { amountGranted: string } {
  assertTransition(status, input.outcome);
  if (!input.decisionDate) throw badValue("decisionDate", "decision.dateRequired");
  if (submittedDate && input.decisionDate < submittedDate) {
    throw badValue("decisionDate", "decision.beforeSubmission", { submitted: formatIsoDate(submittedDate) });
  }
  if (input.outcome === "REJECTED") {
    if (input.amountGranted && compareMoney(input.amountGranted, "0") !== 0) {
      throw badValue("amountGranted", "decision.rejectionHasAmount");
    }
    return { amountGranted: "0" };
  }
  const amount = input.amountGranted;
  if (!amount) throw badValue("amountGranted", "decision.amountRequired");
  if (compareMoney(amount, "0") <= 0) throw badValue("amountGranted", "decision.amountNotPositive");
  if (amountApplied && !input.allowAboveApplied && compareMoney(amount, amountApplied) > 0) {
    throw badValue("amountGranted", "decision.aboveApplied", { applied: amountApplied });
  }
  if (input.outcome === "PARTIALLY_GRANTED") {
    if (!amountApplied) throw badValue("outcome", "decision.partialNeedsApplied");
    if (compareMoney(amount, amountApplied) >= 0) throw badValue("amountGranted", "decision.partialNotLess", { applied: amountApplied });
  }
  if (input.outcome === "GRANTED" && amountApplied && compareMoney(amount, amountApplied) < 0) {
    throw badValue("outcome", "decision.choosePartial");
  }
  return { amountGranted: amount };
}
