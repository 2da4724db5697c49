import type { ReasonKey } from "../rules/reasons";
import { conflict } from "../rules/rule-violation";
import { type ProtectableObservation, protectionGroupOf, protectObservations, type Reported } from "./protection-groups";

/**
 * Who may change values that are protected.
 *
 * A caller who may not see raw counts may not add, change or delete a value in a group
 * (protectionGroupOf) that holds a value hidden from them, and gets the same answer whatever
 * value they try. Every check of a value against its group – a breakdown above its total, a
 * total below a breakdown – depends on the hidden figure: its message would name it, and even
 * accepting or refusing would reveal it to someone trying 1, 2, 3 … Deleting a total would
 * un-hide its breakdowns, and changing a label or moving a value to another period, reporter or
 * indicator changes what is hidden. Whether a group holds a hidden value is already shown by its
 * "<5", so this answer reveals nothing more. Someone allowed to see raw counts gets the ordinary
 * checks, with their figures. In a group without hidden values every figure is shown anyway.
 *
 * Answers that depend only on what was typed (a negative value, a period that ends before it
 * starts) come first and are the same in every group.
 */
export const PROTECTED_GROUP = "observation.protectedGroup" satisfies ReasonKey;
export const PROTECTED_INDICATOR = "indicator.protected" satisfies ReasonKey;

export type ProtectedChange = {
  /** The caller may see raw counts. */
  rawFigures: boolean;
  threshold: number;
  /** The stored values of the indicators concerned that count people (the others are never hidden). */
  stored: ProtectableObservation[];
};

const groupsWithHidden = ({ stored, threshold }: ProtectedChange) => {
  const cells = protectObservations(stored, threshold);
  return new Set(stored.filter((o) => cells.get(o.id)?.suppressed).map(protectionGroupOf));
};

/**
 * Refuses, for a caller without raw access, a change touching a group with a hidden value:
 * `touched` holds the value as it will be and, for a change or deletion, as it is now.
 */
export function refuseChangeInProtectedGroup(change: ProtectedChange, touched: Reported[], field: string): void {
  if (change.rawFigures) return;
  const hidden = groupsWithHidden(change);
  if (touched.some((o) => hidden.has(protectionGroupOf(o)))) throw conflict(PROTECTED_GROUP, {}, field);
}

/**
 * Refuses, for a caller without raw access, to stop counting people for an indicator with a
 * hidden value: that would show every one of them.
 */
export function refuseUnprotectingIndicator(change: ProtectedChange, countsPeople: { before: boolean; after: boolean }): void {
  if (change.rawFigures || !countsPeople.before || countsPeople.after) return;
  if (groupsWithHidden(change).size > 0) throw conflict(PROTECTED_INDICATOR, {}, "input.countsPeople");
}
