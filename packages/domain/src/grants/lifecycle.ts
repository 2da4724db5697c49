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
      {},
      "status",
    );
  }
}

export type TransitionFacts = {
  conditions: { status: "OPEN" | "FULFILLED" | "WAIVED" }[];
  reports: { kind: "INTERIM" | "FINAL" | "FINANCIAL"; status: "DUE" | "RECEIVED" | "APPROVED" }[];
  disbursements: { status: "PLANNED" | "PAID" }[];
};

/**
 * What a step requires beyond being allowed: "reported" needs a received final report; "closed"
 * needs every condition settled and no payment still planned.
 */
export function assertTransitionRequirements(from: GrantStatus, to: GrantStatus, facts: TransitionFacts): void {
  assertTransition(from, to);
  if (to === "REPORTED" && !facts.reports.some((r) => r.kind === "FINAL" && r.status !== "DUE")) {
    throw conflict("Registrera en inkommen slutrapport innan bidraget markeras som redovisat", {}, "reportRequirements");
  }
  if (to === "CLOSED") {
    if (facts.conditions.some((c) => c.status === "OPEN"))
      throw conflict("Alla villkor måste vara uppfyllda eller efterskänkta innan bidraget avslutas", {}, "conditions");
    if (facts.disbursements.some((d) => d.status === "PLANNED"))
      throw conflict("Det finns planerade utbetalningar som inte är gjorda", {}, "disbursements");
  }
}
