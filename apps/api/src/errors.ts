import { RuleViolation } from "@bk/domain";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { limitError, timeoutError } from "./limits/limit-error";
import { QUERY_LIMITS } from "./limits/limits";

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

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: { field?: string; [key: string]: unknown } = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const badInput = (field: string, message: string) => new AppError("BAD_USER_INPUT", message, { field });
export const notFound = (what: string, id: string) => new AppError("NOT_FOUND", `${what} ${id} finns inte`, { id });

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
 * (the original is logged on the server). Argument-coercion errors name the argument.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code as string | undefined;
  if (code === "GRAPHQL_VALIDATION_FAILED" && formatted.extensions?.limit) {
    // A limit reported while validating (limits/shape-limits.ts): Apollo files it under validation.
    return { ...formatted, extensions: { ...formatted.extensions, code: "QUERY_TOO_COMPLEX" } };
  }
  if (code === "GRAPHQL_PARSE_FAILED" && /more that \d+ tokens/.test(formatted.message)) {
    // graphql-js's own token limit (parseOptions.maxTokens): the same answer as the other limits.
    const { message, extensions } = limitError("tokens", QUERY_LIMITS.tokens);
    return { message, extensions: { code: extensions.code, limit: extensions.limit, max: extensions.max } };
  }
  if (code && PUBLIC_CODES.has(code)) {
    if (code === "BAD_USER_INPUT" && !formatted.extensions?.field) {
      const field = /at "([^"]+)"/.exec(formatted.message) ?? /argument "([^"]+)"|Variable "\$([^"]+)"/.exec(formatted.message);
      if (field) return { ...formatted, extensions: { ...formatted.extensions, field: field[1] ?? field[2] } };
    }
    return formatted;
  }
  const original = (error as { originalError?: unknown })?.originalError as
    | { code?: string; name?: string; field?: string | null; message?: string }
    | undefined;
  if (original instanceof RuleViolation) {
    const field = original.field && original.code === "BAD_USER_INPUT" ? `input.${original.field}` : original.field;
    return {
      message: original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: original.code, ...(field ? { field } : {}) },
    };
  }
  if (isStatementTimeout(original)) {
    const { message, extensions } = timeoutError(QUERY_LIMITS.statementMs);
    return { message, locations: formatted.locations, path: formatted.path, extensions: { code: extensions.code } };
  }
  if (original?.code === "P2002") {
    // A unique rule of the database (e.g. the same partner role twice, added at the same moment).
    return { message: "Det finns redan", locations: formatted.locations, path: formatted.path, extensions: { code: "CONFLICT" } };
  }
  if (original?.code === "P2003") {
    // A reference to a row that does not exist (the use case should have said which; this is the net below it).
    return {
      message: "Något av de angivna objekten finns inte",
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: "BAD_USER_INPUT" },
    };
  }
  if (original?.code === "P2025") {
    return { message: "Objektet finns inte", locations: formatted.locations, path: formatted.path, extensions: { code: "NOT_FOUND" } };
  }
  console.error(error);
  return {
    message: "Ett internt fel inträffade",
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  };
}

/** PostgreSQL cancelled a statement that ran past statement_timeout (SQLSTATE 57014), however Prisma wraps it. */
function isStatementTimeout(error: unknown): boolean {
  if (!error || typeof error !== "object") return false;
  const e = error as { meta?: { driverAdapterError?: { cause?: { code?: string } } }; message?: string };
  return e.meta?.driverAdapterError?.cause?.code === "57014" || /\b57014\b|statement timeout/.test(e.message ?? "");
}

/** Zod field errors → BAD_USER_INPUT naming the first field, with all of them in `fieldErrors`. */
export function inputError(prefix: string, errors: Record<string, string>): AppError {
  // "_" is a schema's own error (not a field's): the prefix names it.
  const path = (key: string) => (key === "_" && prefix ? prefix : prefix ? `${prefix}.${key}` : key);
  const [first, message] = Object.entries(errors)[0] ?? ["_", "Ogiltig indata"];
  const prefixed = Object.fromEntries(Object.entries(errors).map(([k, v]) => [path(k), v]));
  return new AppError("BAD_USER_INPUT", `${path(first)}: ${message}`, { field: path(first), fieldErrors: prefixed });
}
