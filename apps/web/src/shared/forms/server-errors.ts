import { CombinedGraphQLErrors } from "@apollo/client";
import { type Locale, type ReasonParams, wordReason } from "@bk/domain";

/**
 * A refusal as the API answers it (apps/api/src/refusal.ts): a code, the input path of the field,
 * a reason of the domain's catalogue with its parameters, and further wrong fields.
 */
export type Refusal = {
  code: string;
  field?: string;
  reason?: string;
  params?: ReasonParams;
  fieldViolations?: Record<string, { reason: string; params: ReasonParams }>;
};

/**
 * What a form shows of a refusal, worded in the user's language: each wrong input field at its
 * field (`input.amountGranted` → `amountGranted`), and `message` only for what no field holds
 * (a conflict, a missing record, a lost connection) – one message per error, never both.
 */
export type ServerErrors = { code: string | null; message: string | null; fields: Record<string, string> };

export const NO_ERRORS: ServerErrors = { code: null, message: null, fields: {} };

/**
 * The message a form shows below its fields: the refusal no field holds, or a field's refusal the
 * form has no input for (`values` are the form's values; "yearAmounts.0.year" stands at `yearAmounts`).
 */
export function formMessage(errors: ServerErrors, values: object): string | null {
  const unplaced = Object.entries(errors.fields).find(([field]) => !Object.hasOwn(values, field.split(".")[0]));
  return errors.message ?? unplaced?.[1] ?? null;
}

/** The one message to show where there are no fields (a confirmation, a delete button): the refusal, wherever it stands. */
export const onlyMessage = (errors: ServerErrors): string | null => errors.message ?? Object.values(errors.fields)[0] ?? null;

/** The first refusal of an Apollo error; a network failure (no answer from the server) has none. */
export function refusalOf(error: unknown): Refusal | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const ext = error.errors[0]?.extensions as Partial<Refusal> | undefined;
  return { ...ext, code: ext?.code ?? "INTERNAL_SERVER_ERROR" };
}

/** A refusal in words. A refusal without a reason (an older server, graphql-js's own) is an invalid value or an internal error. */
export function wordRefusal(refusal: Refusal | null, locale: Locale): string {
  if (!refusal) return wordReason("network.unreachable", {}, locale);
  const reason = refusal.reason ?? (refusal.code === "BAD_USER_INPUT" ? "value.invalid" : "internal.error");
  return wordReason(reason, refusal.params ?? {}, locale);
}

/** The form field an input path names; paths outside the input (status, expectedVersion, id) are none. */
const formField = (path: string | undefined) => (path?.startsWith("input.") ? path.slice("input.".length) : null);

export function serverErrors(error: unknown, locale: Locale): ServerErrors {
  const refusal = refusalOf(error);
  const fields: Record<string, string> = {};
  for (const [path, v] of Object.entries(refusal?.fieldViolations ?? {})) {
    const field = formField(path);
    if (field) fields[field] ??= wordReason(v.reason, v.params, locale);
  }
  const field = formField(refusal?.field);
  if (field) fields[field] ??= wordRefusal(refusal, locale);
  return { code: refusal?.code ?? null, message: field ? null : wordRefusal(refusal, locale), fields };
}
