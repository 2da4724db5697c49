import type { GrantStatus } from "../generated/prisma/enums";
import { grantStatusLabels } from "../labels/labels";
import { conflict } from "../rules/rule-violation";

/**
 * The lifecycle of an application and its grant:
 * draft → submitted → decided (granted / partially granted / rejected) → active → reported → closed,
 * and withdrawn from draft, submitted or a decision not yet taken into use.
 */
export const TRANSITIONS: Record<GrantStatus, GrantStatus[]> = {
  DRAFT: ["SUBMITTED", "WITHDRAWN"],
  SUBMITTED: ["GRANTED", "PARTIALLY_GRANTED", "REJECTED", "WITHDRAWN"],
  GRANTED: ["ACTIVE", "WITHDRAWN"],
  PARTIALLY_GRANTED: ["ACTIVE", "WITHDRAWN"],
  REJECTED: [],
  ACTIVE: ["REPORTED"],
  REPORTED: ["CLOSED", "ACTIVE"],
  CLOSED: [],
  WITHDRAWN: [],
};

export const DECIDED: GrantStatus[] = ["GRANTED", "PARTIALLY_GRANTED"];
/** Statuses in which money can be planned and paid. */
export const PAYABLE: GrantStatus[] = ["GRANTED", "PARTIALLY_GRANTED", "ACTIVE", "REPORTED"];
/** Statuses in which the application itself (amounts, parties) may still be edited. */
export const EDITABLE: GrantStatus[] = ["DRAFT", "SUBMITTED"];

export function canTransition(from: GrantStatus, to: GrantStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Throws CONFLICT naming both states when the step is not allowed. */
export function assertTransition(from: GrantStatus, to: GrantStatus): void {
  if (!canTransition(from, to)) {
    const allowed = TRANSITIONS[from].map((s) => grantStatusLabels[s].sv.toLowerCase());
    throw conflict(
      `Ett bidrag med status ”${grantStatusLabels[from].sv.toLowerCase()}” kan inte bli ”${grantStatusLabels[to].sv.toLowerCase()}”` +
        (allowed.length ? ` (tillåtet: ${allowed.join(", ")})` : " (inga fler steg är möjliga)"),
      "status",
    );
  }
}
