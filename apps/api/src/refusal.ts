import { type ReasonKey, type ReasonParams, type RuleViolation, type Violation, wordReason } from "@bk/domain";
import { GraphQLError } from "graphql";

/** Stable error codes analysts and the web app can rely on (`extensions.code`). */
export type ErrorCode =
  | "BAD_USER_INPUT"
  | "UNAUTHENTICATED"
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "RATE_LIMITED"
  | "CONFLICT"
  | "QUERY_TOO_COMPLEX"
  | "TIMEOUT"
  | "INTERNAL_SERVER_ERROR";

/**
 * What every refusal answers (the one error contract):
 * `{ message: <English wording>, extensions: { code, field?, reason, params, fieldViolations? } }`.
 * `field` is the input path ("input.amountGranted"), `reason` a key of the domain's catalogue
 * (rules/reasons.ts) that the web app words in the user's language with `params`, and
 * `fieldViolations` the further wrong fields of the same input (`{ "input.title": { reason, params } }`).
 */
export type Refusal = {
  code: ErrorCode;
  reason: ReasonKey;
  params?: ReasonParams;
  field?: string | null;
  fieldViolations?: Record<string, Violation>;
};

export function refusalExtensions({ code, reason, params = {}, field, fieldViolations }: Refusal) {
  return {
    code,
    ...(field ? { field } : {}),
    reason,
    params,
    ...(fieldViolations && Object.keys(fieldViolations).length ? { fieldViolations } : {}),
  };
}

/** A refusal as a GraphQL error: the reason's English wording as message. `extra` adds e.g. `http: { status }`. */
export class AppError extends GraphQLError {
  constructor(refusal: Refusal, extra: Record<string, unknown> = {}) {
    super(wordReason(refusal.reason, refusal.params, "en"), { extensions: { ...refusalExtensions(refusal), ...extra } });
  }
}

export const badInput = (field: string, reason: ReasonKey, params: ReasonParams = {}) =>
  new AppError({ code: "BAD_USER_INPUT", field, reason, params });

/**
 * A domain schema's violations as one BAD_USER_INPUT: the first field as `field`, every field in
 * `fieldViolations`, each prefixed with the argument's name ("_", the input as a whole, is the argument itself).
 */
export function inputError(prefix: string, violations: Record<string, Violation>): AppError {
  const path = (key: string) => (key === "_" ? prefix || "_" : prefix ? `${prefix}.${key}` : key);
  const prefixed = Object.fromEntries(Object.entries(violations).map(([k, v]) => [path(k), v]));
  const [field, first] = Object.entries(prefixed)[0] ?? [prefix, { reason: "value.invalid" as const, params: {} }];
  return new AppError({ code: "BAD_USER_INPUT", field, reason: first.reason, params: first.params, fieldViolations: prefixed });
}

/**
 * A domain rule's violation as a refusal. The domain names a bad value's field within the input
 * ("amount"), which becomes its path ("input.amount"); other codes name what they mean already.
 */
export function violationRefusal(v: RuleViolation): Refusal {
  const inInput = (field: string) => (v.code === "BAD_USER_INPUT" && !field.startsWith("input.") ? `input.${field}` : field);
  return {
    code: v.code,
    reason: v.reason,
    params: v.params,
    field: v.field ? inInput(v.field) : null,
    fieldViolations: Object.fromEntries(Object.entries(v.fieldViolations).map(([k, f]) => [inInput(k), f])),
  };
}
