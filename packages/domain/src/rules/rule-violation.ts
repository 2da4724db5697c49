import { type ReasonKey, wordReason } from "./reasons";
import type { ReasonParams } from "./wording";

export type ViolationCode = "BAD_USER_INPUT" | "CONFLICT" | "NOT_FOUND" | "FORBIDDEN";

/** What is wrong with one field (or the whole input): a reason from the catalogue and its parameters. */
export type Violation = { reason: ReasonKey; params: ReasonParams };

/**
 * A broken business rule, independent of GraphQL: `BAD_USER_INPUT` for a value that can never
 * be right (the field names it), `CONFLICT` for an action that is not allowed in the current
 * state, `NOT_FOUND` for a record that does not exist. The reason is a key of the catalogue
 * (reasons.ts); the message is its neutral English wording. The API answers with code, field,
 * reason and params in `extensions`, and the web app words the reason in the user's language.
 */
export class RuleViolation extends Error {
  readonly params: ReasonParams;
  constructor(
    readonly code: ViolationCode,
    readonly field: string | null,
    readonly reason: ReasonKey,
    params: ReasonParams = {},
    /** Further fields and their reasons, for an input with several wrong fields. */
    readonly fieldViolations: Record<string, Violation> = {},
  ) {
    super(wordReason(reason, params, "en"));
    this.name = "RuleViolation";
    this.params = params;
  }
}

export const badValue = (field: string, reason: ReasonKey, params: ReasonParams = {}) =>
  new RuleViolation("BAD_USER_INPUT", field, reason, params);
export const conflict = (reason: ReasonKey, params: ReasonParams = {}, field: string | null = null) =>
  new RuleViolation("CONFLICT", field, reason, params);
export const missing = (field: string | null, reason: ReasonKey = "record.notFound", params: ReasonParams = {}) =>
  new RuleViolation("NOT_FOUND", field, reason, params);
