import { z } from "zod";
import { parseAmountText } from "./amount-text";
import { compareMoney } from "./money";

/**
 * Amounts as the forms and the API take them: whole kronor (grants, budgets and contributions
 * are decided and paid in whole kronor; öre would only be a typing slip), never negative, as an
 * exact decimal string ("500 000", "500000,00" → "500000").
 */
export const kronor = (message = "Ange ett belopp i kronor, t.ex. 500 000") =>
  z.string().transform((value, ctx) => {
    const parsed = parseAmountText(value);
    if (parsed === null) {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    if (compareMoney(parsed, "0") < 0) {
      ctx.addIssue({ code: "custom", message: "Beloppet får inte vara negativt" });
      return z.NEVER;
    }
    if (parsed.includes(".")) {
      ctx.addIssue({ code: "custom", message: "Ange beloppet i hela kronor, utan öre" });
      return z.NEVER;
    }
    return parsed;
  });

/** An optional amount: empty becomes null. */
export const optionalKronor = (message?: string) =>
  z
    .string()
    .nullish()
    .transform((v) => (v?.trim() ? v : null))
    .pipe(kronor(message).nullable());
