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
  if (!input.decisionDate) throw badValue("decisionDate", "Beslutsdatum måste anges");
  if (submittedDate && input.decisionDate < submittedDate) {
    throw badValue("decisionDate", "Beslutet kan inte vara fattat före ansökan lämnades in");
  }
  if (input.outcome === "REJECTED") {
    if (input.amountGranted && compareMoney(input.amountGranted, "0") !== 0) {
      throw badValue("amountGranted", "Ett avslag har beviljat belopp 0 kr");
    }
    return { amountGranted: "0" };
  }
  const amount = input.amountGranted;
  if (!amount) throw badValue("amountGranted", "Beviljat belopp måste anges");
  if (compareMoney(amount, "0") <= 0) throw badValue("amountGranted", "Beviljat belopp måste vara större än 0 kr");
  if (amountApplied && !input.allowAboveApplied && compareMoney(amount, amountApplied) > 0) {
    throw badValue("amountGranted", "Beviljat belopp får inte vara större än sökt belopp (om inte beslutet säger det)");
  }
  if (input.outcome === "PARTIALLY_GRANTED") {
    if (!amountApplied) throw badValue("outcome", "Delvis beviljat kräver att sökt belopp är känt");
    if (compareMoney(amount, amountApplied) >= 0)
      throw badValue("amountGranted", "Vid delvis beviljat ska beviljat belopp vara mindre än sökt belopp");
  }
  if (input.outcome === "GRANTED" && amountApplied && compareMoney(amount, amountApplied) < 0) {
    throw badValue("outcome", "Beviljat belopp är mindre än sökt: välj delvis beviljat");
  }
  return { amountGranted: amount };
}
