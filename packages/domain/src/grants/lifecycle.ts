import type { GrantStatus } from "../generated/prisma/enums";
import type { ReasonKey } from "../rules/reasons";
import { conflict } from "../rules/rule-violation";

/**
 * The lifecycle of an application and its grant:
 * draft → submitted → decided (granted / partially granted / rejected) → active → reported → closed,
 * and withdrawn from draft, submitted or a decision not yet taken into use.
 */
export const TRANSITIONS: Record<GrantStatus, readonly GrantStatus[]> = {
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

// The named groups of statuses. Every rule that asks "is this grant …?" uses one of these, so a
// status added to the lifecycle is placed once here, not hunted for in lists across the code.

/** The application itself (amounts, parties, split) may still be edited: before any decision. */
export const EDITABLE: readonly GrantStatus[] = ["DRAFT", "SUBMITTED"];
/** Sent to the funder and waiting for the decision: pending in a project's financing. */
export const AWAITING_DECISION: readonly GrantStatus[] = ["SUBMITTED"];
/** What a decision on a submitted application can say. */
export const DECISION_OUTCOMES = ["GRANTED", "PARTIALLY_GRANTED", "REJECTED"] as const satisfies readonly GrantStatus[];
/** Decided in favour and not yet taken into use (it can still be withdrawn). */
export const DECIDED: readonly GrantStatus[] = ["GRANTED", "PARTIALLY_GRANTED"];
/**
 * In force: decided in favour and not yet closed. Money can be planned and paid, and the
 * conditions and reports that govern the payments can be set.
 */
export const PAYABLE: readonly GrantStatus[] = [...DECIDED, "ACTIVE", "REPORTED"];
/**
 * The money was granted, whatever happened since (closing does not undo it): secured in a
 * project's financing, granted in a programme's overview.
 */
export const IN_FAVOUR: readonly GrantStatus[] = [...PAYABLE, "CLOSED"];
/** Put before a funder and not taken back: what a programme counts as applied for. */
export const APPLIED_FOR: readonly GrantStatus[] = [...AWAITING_DECISION, ...IN_FAVOUR, "REJECTED"];
/** No further step is possible. */
export const FINAL: readonly GrantStatus[] = (Object.keys(TRANSITIONS) as GrantStatus[]).filter((s) => TRANSITIONS[s].length === 0);

export function canTransition(from: GrantStatus, to: GrantStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Throws CONFLICT naming both states (and the allowed ones) when the step is not in the lifecycle. */
export function assertTransition(from: GrantStatus, to: GrantStatus): void {
  if (!canTransition(from, to)) {
    const allowed = TRANSITIONS[from];
    throw allowed.length
      ? conflict("grant.transition.notAllowed", { from, to, allowed: allowed.join(",") }, "status")
      : conflict("grant.transition.noFurtherSteps", { from, to }, "status");
  }
}

/** What decides whether a step the lifecycle allows can be taken now. */
export type TransitionFacts = {
  conditions: { status: "OPEN" | "FULFILLED" | "WAIVED" }[];
  reports: { kind: "INTERIM" | "FINAL" | "FINANCIAL"; status: "DUE" | "RECEIVED" | "APPROVED" }[];
  disbursements: { status: "PLANNED" | "PAID" }[];
};

/** A step from the current status: allowed, or refused with the catalogue's reason and the field it concerns. */
export type TransitionStep = { to: GrantStatus; allowed: true } | { to: GrantStatus; allowed: false; reason: ReasonKey; field: string };

/**
 * What a step requires beyond being in the lifecycle: "reported" needs a received final report;
 * "closed" needs every condition settled and no payment still planned.
 */
function unmetRequirement(to: GrantStatus, facts: TransitionFacts): { reason: ReasonKey; field: string } | null {
  if (to === "REPORTED" && !facts.reports.some((r) => r.kind === "FINAL" && r.status !== "DUE"))
    return { reason: "grant.transition.finalReportMissing", field: "reportRequirements" };
  if (to === "CLOSED") {
    if (facts.conditions.some((c) => c.status === "OPEN")) return { reason: "grant.transition.openConditions", field: "conditions" };
    if (facts.disbursements.some((d) => d.status === "PLANNED"))
      return { reason: "grant.transition.plannedPayments", field: "disbursements" };
  }
  return null;
}

/**
 * Every step the lifecycle offers from `status`, each allowed or refused with its reason. The API
 * lists these for the web app's buttons and refuses a step with the same reason, so the two can
 * never disagree.
 */
export function transitionsFrom(status: GrantStatus, facts: TransitionFacts): TransitionStep[] {
  return TRANSITIONS[status].map((to) => {
    const unmet = unmetRequirement(to, facts);
    return unmet ? { to, allowed: false, ...unmet } : { to, allowed: true };
  });
}

/** Throws CONFLICT when the step is not in the lifecycle or its requirements are not met (see transitionsFrom). */
export function assertTransitionRequirements(from: GrantStatus, to: GrantStatus, facts: TransitionFacts): void {
  assertTransition(from, to);
  const step = transitionsFrom(from, facts).find((s) => s.to === to);
  if (step && !step.allowed) throw conflict(step.reason, {}, step.field);
}
