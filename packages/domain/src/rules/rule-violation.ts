/**
 * A broken business rule, independent of GraphQL: `BAD_USER_INPUT` for a value that can never
 * be right (the field names it), `CONFLICT` for an action that is not allowed in the current
 * state. The API turns it into an error with the same code.
 */
export class RuleViolation extends Error {
  constructor(
    readonly code: "BAD_USER_INPUT" | "CONFLICT",
    readonly field: string | null,
    message: string,
  ) {
    super(message);
    this.name = "RuleViolation";
  }
}

export const badValue = (field: string, message: string) => new RuleViolation("BAD_USER_INPUT", field, message);
export const conflict = (message: string, field: string | null = null) => new RuleViolation("CONFLICT", field, message);
