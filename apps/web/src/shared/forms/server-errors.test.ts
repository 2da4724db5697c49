import { CombinedGraphQLErrors } from "@apollo/client";
import { describe, expect, it } from "vitest";
import { onlyMessage, serverErrors, wordRefusal } from "./server-errors";

const refused = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message: "An English message the web app does not show", extensions }] });

describe("server errors", () => {
  it("words a field's refusal at the field, in the chosen language, with formatted amounts, and no message besides", () => {
    const error = refused({
      code: "BAD_USER_INPUT",
      field: "input.amount",
      reason: "disbursement.exceedsGranted",
      params: { total: "400000", granted: "350000", remaining: "50000" },
    });
    expect(serverErrors(error, "en")).toEqual({
      code: "BAD_USER_INPUT",
      message: null,
      fields: {
        amount: "The disbursements (SEK 400,000) must not exceed the amount granted (SEK 350,000); at most SEK 50,000 can be paid",
      },
    });
    expect(onlyMessage(serverErrors(error, "en"))).toContain("at most SEK 50,000 can be paid");
    expect(serverErrors(error, "sv").fields.amount).toBe(
      "Utbetalningarna (400\u00a0000\u00a0kr) får inte överstiga beviljat belopp (350\u00a0000\u00a0kr); högst 50\u00a0000\u00a0kr kan betalas ut",
    );
  });

  it("puts every wrong field of an input at its field", () => {
    const error = refused({
      code: "BAD_USER_INPUT",
      field: "input.title",
      reason: "grant.titleRequired",
      params: {},
      fieldViolations: {
        "input.title": { reason: "grant.titleRequired", params: {} },
        "input.yearAmounts.0.year": { reason: "grant.yearOutsidePeriod", params: {} },
      },
    });
    expect(serverErrors(error, "sv").fields).toEqual({
      title: "Rubrik måste anges",
      "yearAmounts.0.year": "Året ligger utanför bidragsperioden",
    });
  });

  it("gives what no field holds as one message: a conflict, a missing record, a lost connection", () => {
    const conflict = refused({ code: "CONFLICT", field: "status", reason: "condition.alreadyResolved", params: {} });
    expect(serverErrors(conflict, "en")).toEqual({ code: "CONFLICT", message: "The condition is already resolved", fields: {} });
    expect(serverErrors(refused({ code: "NOT_FOUND", field: "id", reason: "grant.missing", params: {} }), "sv").message).toBe(
      "Bidraget finns inte",
    );
    expect(serverErrors(new TypeError("Failed to fetch"), "en").message).toBe(wordRefusal(null, "en"));
    expect(serverErrors(refused({ code: "INTERNAL_SERVER_ERROR" }), "en").message).toBe("An internal error occurred");
  });
});
