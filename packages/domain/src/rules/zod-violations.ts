import type { z } from "zod";
import { isReasonKey, type ReasonKey } from "./reasons";
import type { Violation } from "./rule-violation";
import type { ReasonParams } from "./wording";

/**
 * A schema's own reason for a check, checked against the catalogue at compile time:
 * `z.string().min(1, because("grant.titleRequired"))`, `ctx.addIssue({ code: "custom", ...because("grant.yearTwice") })`.
 * Zod carries the key as the issue's message and the parameters on custom issues.
 */
export const because = (reason: ReasonKey, params: ReasonParams = {}) => ({ message: reason, params });

/** The limit a size check carries ({min} / {max}), so a schema's own reason can name it. */
function limitParams(issue: z.core.$ZodIssue): ReasonParams {
  if (issue.code === "too_small") return { min: Number(issue.minimum) };
  if (issue.code === "too_big") return { max: Number(issue.maximum) };
  return {};
}

/**
 * One zod issue as a reason of the catalogue. Schemas give their own reasons as the issue's
 * message (a catalogue key, with `params` on custom issues); zod's own checks map to the
 * common reasons with their limits as parameters.
 */
export function issueViolation(issue: z.core.$ZodIssue): Violation {
  const own = issue.message;
  if (isReasonKey(own)) {
    const params = ((issue as { params?: ReasonParams }).params ?? {}) as ReasonParams;
    return { reason: own, params: { ...limitParams(issue), ...params } };
  }
  switch (issue.code) {
    case "invalid_type":
      return { reason: issue.input === undefined || issue.input === null ? "value.required" : "value.invalid", params: {} };
    case "too_big":
      return issue.origin === "string"
        ? { reason: "text.tooLong", params: { max: Number(issue.maximum) } }
        : { reason: "value.tooLarge", params: { max: Number(issue.maximum) } };
    case "too_small":
      if (issue.origin === "string")
        return Number(issue.minimum) <= 1
          ? { reason: "value.required", params: {} }
          : { reason: "text.tooShort", params: { min: Number(issue.minimum) } };
      return { reason: "value.tooSmall", params: { min: Number(issue.minimum) } };
    case "invalid_value":
      return { reason: "value.notAllowed", params: {} };
    default:
      return { reason: "value.invalid", params: {} };
  }
}

/** Zod issues as { "field.path": violation }, the first per field; "_" for the input as a whole. */
export function fieldViolations(error: z.ZodError): Record<string, Violation> {
  const out: Record<string, Violation> = {};
  for (const issue of error.issues) out[issue.path.join(".") || "_"] ??= issueViolation(issue);
  return out;
}
