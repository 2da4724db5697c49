import { RuleViolation, wordReason } from "@bk/domain";
import type { GraphQLFormattedError } from "graphql";
import { limitError, timeoutError } from "./limits/limit-error";
import { QUERY_LIMITS } from "./limits/limits";
import { type Refusal, refusalExtensions, violationRefusal } from "./refusal";

export { AppError, badInput, type ErrorCode, inputError } from "./refusal";

const PUBLIC_CODES = new Set([
  "BAD_USER_INPUT",
  "UNAUTHENTICATED",
  "RATE_LIMITED",
  "NOT_FOUND",
  "FORBIDDEN",
  "CONFLICT",
  "QUERY_TOO_COMPLEX",
  "TIMEOUT",
  "GRAPHQL_VALIDATION_FAILED",
  "GRAPHQL_PARSE_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

/**
 * Nothing internal leaks: errors without a public code become a generic INTERNAL_SERVER_ERROR
 * (the original is logged on the server). Every refusal answers as refusal.ts describes: an English
 * message, and `code`, `field`, `reason` and `params` in `extensions` for the web app to word.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code as string | undefined;
  const answer = (refusal: Refusal): GraphQLFormattedError => ({
    message: wordReason(refusal.reason, refusal.params, "en"),
    locations: formatted.locations,
    path: formatted.path,
    extensions: refusalExtensions(refusal),
  });
  if (code === "GRAPHQL_VALIDATION_FAILED" && formatted.extensions?.limit) {
    // A limit reported while validating (limits/shape-limits.ts): Apollo files it under validation.
    return { ...formatted, extensions: { ...formatted.extensions, code: "QUERY_TOO_COMPLEX" } };
  }
  if (code === "GRAPHQL_PARSE_FAILED" && /more that \d+ tokens/.test(formatted.message)) {
    // graphql-js's own token limit (parseOptions.maxTokens): the same answer as the other limits.
    const { message, extensions } = limitError("tokens", QUERY_LIMITS.tokens);
    const { http: _status, ...rest } = extensions;
    return { message, extensions: rest };
  }
  if (code && PUBLIC_CODES.has(code)) {
    return code === "BAD_USER_INPUT" && !formatted.extensions?.field ? coercionRefusal(formatted) : formatted;
  }
  const original = (error as { originalError?: unknown })?.originalError as { code?: string; message?: string } | undefined;
  if (original instanceof RuleViolation) return answer(violationRefusal(original));
  if (isStatementTimeout(original)) {
    const { message, extensions } = timeoutError(QUERY_LIMITS.statementMs);
    const { http: _status, limitMs: _ms, ...rest } = extensions;
    return { message, locations: formatted.locations, path: formatted.path, extensions: rest };
  }
  // Nets below the use cases, which should have said more: a unique rule of the database (the same
  // partner role twice, added at the same moment), a reference to a row that does not exist, a row gone.
  if (original?.code === "P2002") return answer({ code: "CONFLICT", reason: "record.alreadyExists" });
  if (original?.code === "P2003") return answer({ code: "BAD_USER_INPUT", reason: "reference.missing" });
  if (original?.code === "P2025") return answer({ code: "NOT_FOUND", reason: "record.notFound" });
  console.error(error);
  return answer({ code: "INTERNAL_SERVER_ERROR", reason: "internal.error" });
}

/**
 * The argument or variable a coercion error of graphql-js is about (a bad enum, ID or Int in the
 * variables). graphql-js says it only in its message – `Variable "$input" got invalid value … at
 * "input.amount"` – and gives no path for variables, so this is the one place that reads a message:
 * a library's, in English, never one of ours.
 */
function coercedField(formatted: GraphQLFormattedError): { field?: string } {
  const found = /at "([^"]+)"/.exec(formatted.message) ?? /argument "([^"]+)"|Variable "\$([^"]+)"/.exec(formatted.message);
  return found ? { field: found[1] ?? found[2] } : {};
}

/**
 * A value graphql-js could not coerce to its type: the field named, and our scalar's reason (money.invalid,
 * date.invalid) worded as the message; graphql-js's own (a bad enum, Int or ID) keeps its English message
 * with the reason value.invalid.
 */
function coercionRefusal(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const { field } = coercedField(formatted);
  const ext = formatted.extensions as Partial<Refusal> | undefined;
  const refusal: Refusal = { code: "BAD_USER_INPUT", reason: ext?.reason ?? "value.invalid", params: ext?.params ?? {}, field };
  return {
    ...formatted,
    message: ext?.reason ? wordReason(refusal.reason, refusal.params, "en") : formatted.message,
    extensions: { ...formatted.extensions, ...refusalExtensions(refusal) },
  };
}

/** PostgreSQL cancelled a statement that ran past statement_timeout (SQLSTATE 57014), however Prisma wraps it. */
function isStatementTimeout(error: unknown): boolean {
  if (!error || typeof error !== "object") return false;
  const e = error as { meta?: { driverAdapterError?: { cause?: { code?: string } } }; message?: string };
  return e.meta?.driverAdapterError?.cause?.code === "57014" || /\b57014\b|statement timeout/.test(e.message ?? "");
}
