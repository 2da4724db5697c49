import type { z } from "zod";
import { isReasonKey } from "./reasons";
import type { Violation } from "./rule-violation";
import type { ReasonParams } from "./wording";

/**
 * One zod issue as a reason of the catalogue. Schemas give their own reasons as the issue's
 * message (a catalogue key, with `params` on custom issues); zod's own checks map to the
 * common reasons with their limits as parameters.
 */
export function issueViolation(issue: z.core.$ZodIssue): Violation {
  const own = issue.message;
  if (isReasonKey(own)) return { reason: own, params: ((issue as { params?: ReasonParams }).params ?? {}) as ReasonParams };
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
