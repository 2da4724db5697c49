import { z } from "zod";
import type { ReasonKey } from "../rules/reasons";
import { because } from "../rules/zod-violations";
import { parseAmountText } from "./amount-text";
import { compareMoney } from "./money";

/**
 * Amounts as the forms and the API take them: whole kronor (grants, budgets and contributions
 * are decided and paid in whole kronor; öre would only be a typing slip), never negative, as an
 * exact decimal string ("500 000", "500000,00" → "500000").
 */
export const kronor = (reason: ReasonKey = "money.invalid") =>
  z.string().transform((value, ctx) => {
    const parsed = parseAmountText(value);
    if (parsed === null) {
      ctx.addIssue({ code: "custom", ...because(reason) });
      return z.NEVER;
    }
    if (compareMoney(parsed, "0") < 0) {
      ctx.addIssue({ code: "custom", ...because("money.negative") });
      return z.NEVER;
    }
    if (parsed.includes(".")) {
      ctx.addIssue({ code: "custom", ...because("money.wholeKronor") });
      return z.NEVER;
    }
    return parsed;
  });

/** An optional amount: empty becomes null. */
export const optionalKronor = (reason?: ReasonKey) =>
  z
    .string()
    .nullish()
    .transform((v) => (v?.trim() ? v : null))
    .pipe(kronor(reason).nullable());
