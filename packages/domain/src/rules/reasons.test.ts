import { describe, expect, it } from "vitest";
import { z } from "zod";
import { year } from "../dates/date-schemas";
import { FIRST_YEAR, LAST_YEAR } from "../dates/held-years";
import { validateDisbursement } from "../grants/disbursement";
import { decisionSchema } from "../grants/grant-inputs";
import { requiredLine } from "../text/text-schemas";
import { REASONS, wordReason } from "./reasons";
import { RuleViolation } from "./rule-violation";
import { fieldViolations } from "./zod-violations";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)(?::\w+)?\}/g)].map((m) => m[0]).sort();

describe("the catalogue of reasons", () => {
  it("words every reason in both languages with the same parameters", () => {
    for (const [key, wording] of Object.entries(REASONS)) {
      expect(wording.sv.trim(), key).not.toBe("");
      expect(wording.en.trim(), key).not.toBe("");
      expect(placeholders(wording.en), key).toEqual(placeholders(wording.sv));
    }
  });

  it("has no Swedish letters in its English wordings (but for Swedish names and examples)", () => {
    const allowed = /öre|Bidragskollen|haninge|ÅÅÅÅ/gi;
    for (const [key, wording] of Object.entries(REASONS)) expect(wording.en.replace(allowed, ""), key).not.toMatch(/[åäöÅÄÖ]/);
  });

  it("fills amounts, dates and statuses in the chosen language", () => {
    const params = { total: "400000", granted: "350000", remaining: "50000" };
    expect(wordReason("disbursement.exceedsGranted", params, "sv")).toBe(
      "Utbetalningarna (400\u00a0000\u00a0kr) får inte överstiga beviljat belopp (350\u00a0000\u00a0kr); högst 50\u00a0000\u00a0kr kan betalas ut",
    );
    expect(wordReason("disbursement.exceedsGranted", params, "en")).toContain("at most SEK 50,000 can be paid");
    expect(wordReason("decision.beforeSubmission", { submitted: "2009-03-01" }, "en")).toContain("2009");
    expect(wordReason("disbursement.grantNotPayable", { status: "REJECTED" }, "sv")).toBe(
      "Utbetalningar kan inte registreras för ett bidrag med status ”avslagen”",
    );
  });

  it("falls back to “Invalid value” for a key it does not know", () => {
    expect(wordReason("some.newerReason", {}, "en")).toBe("Invalid value");
  });
});

describe("violations", () => {
  it("carry the reason, the field and the parameters, with the English wording as message", () => {
    const e = (() => {
      try {
        validateDisbursement({
          grant: { status: "GRANTED", amountGranted: "350000" },
          others: [{ amount: "300000" }],
          conditions: [],
          next: { amount: "100000", status: "PLANNED" },
        });
      } catch (error) {
        return error as RuleViolation;
      }
    })();
    expect(e).toBeInstanceOf(RuleViolation);
    expect({ code: e?.code, field: e?.field, reason: e?.reason, params: e?.params }).toEqual({
      code: "BAD_USER_INPUT",
      field: "amount",
      reason: "disbursement.exceedsGranted",
      params: { total: "400000", granted: "350000", remaining: "50000" },
    });
    expect(e?.message).toBe(wordReason("disbursement.exceedsGranted", e?.params, "en"));
  });

  it("turn zod issues into reasons with their limits, a schema's own reason first", () => {
    const r = z
      .object({ name: requiredLine(9, "indicator.nameLength", 3), outcome: decisionSchema.shape.outcome, year })
      .safeParse({ name: " ab ", outcome: "MAYBE", year: 1800 });
    expect(fieldViolations(r.error as z.ZodError)).toEqual({
      name: { reason: "indicator.nameLength", params: { min: 3, max: 9 } },
      outcome: { reason: "decision.outcomeRequired", params: {} },
      year: { reason: "year.outOfRange", params: { min: FIRST_YEAR, max: LAST_YEAR } },
    });
  });
});
