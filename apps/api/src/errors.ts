import { RuleViolation } from "@bk/domain";
import { GraphQLError, type GraphQLFormattedError } from "graphql";

/** Stable error codes analysts and the web app can rely on (`extensions.code`). */
export type ErrorCode = "BAD_USER_INPUT" | "NOT_FOUND" | "FORBIDDEN" | "CONFLICT" | "INTERNAL_SERVER_ERROR";

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: { field?: string; [key: string]: unknown } = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const badInput = (field: string, message: string) => new AppError("BAD_USER_INPUT", message, { field });
export const notFound = (what: string, id: string) => new AppError("NOT_FOUND", `${what} ${id} finns inte`, { id });

const PUBLIC_CODES = new Set([
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "FORBIDDEN",
  "CONFLICT",
  "GRAPHQL_VALIDATION_FAILED",
  "GRAPHQL_PARSE_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "OPERATION_RESOLUTION_FAILURE",
]);

/**
 * Nothing internal leaks: errors without a public code become a generic INTERNAL_SERVER_ERROR
 * (the original is logged on the server). Argument-coercion errors name the argument.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code as string | undefined;
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

/** Zod field errors → BAD_USER_INPUT naming the first field, with all of them in `fieldErrors`. */
export function inputError(prefix: string, errors: Record<string, string>): AppError {
  const [first, message] = Object.entries(errors)[0] ?? ["_", "Ogiltig indata"];
  const prefixed = Object.fromEntries(Object.entries(errors).map(([k, v]) => [`${prefix}.${k}`, v]));
  return new AppError("BAD_USER_INPUT", `${prefix}.${first}: ${message}`, { field: `${prefix}.${first}`, fieldErrors: prefixed });
}
