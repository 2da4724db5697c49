import { describe, expect, it } from "vitest";
import { fieldViolations } from "../rules/zod-violations";
import { SAVED_QUERY_LIMITS, savedQuerySchema } from "./saved-query-inputs";

const valid = { name: "  Beviljat per år  ", query: "{ grants { totalCount } }" };

function refusals(input: Record<string, unknown>) {
  const res = savedQuerySchema.safeParse(input);
  return res.success ? {} : fieldViolations(res.error);
}

describe("a saved query's input", () => {
  it("trims the name, stores no empty description, and is private unless shared", () => {
    expect(savedQuerySchema.parse(valid)).toEqual({
      name: "Beviljat per år",
      description: null,
      query: "{ grants { totalCount } }",
      variables: null,
      shared: false,
    });
  });

  it("takes the variables as JSON text of an object and stores the object (none for empty or {})", () => {
    expect(savedQuerySchema.parse({ ...valid, variables: '{ "first": 10 }' }).variables).toEqual({ first: 10 });
    expect(savedQuerySchema.parse({ ...valid, variables: " {} " }).variables).toBeNull();
    expect(savedQuerySchema.parse({ ...valid, variables: "" }).variables).toBeNull();
  });

  it("names the field and the reason for each wrong value", () => {
    expect(refusals({ ...valid, name: "  " }).name.reason).toBe("savedQuery.nameRequired");
    expect(refusals({ ...valid, name: "x".repeat(SAVED_QUERY_LIMITS.name + 1) }).name).toEqual({
      reason: "text.tooLong",
      params: { max: SAVED_QUERY_LIMITS.name },
    });
    expect(refusals({ ...valid, query: "" }).query.reason).toBe("savedQuery.queryRequired");
    expect(refusals({ ...valid, query: `{ ${"a ".repeat(SAVED_QUERY_LIMITS.query)} }` }).query.reason).toBe("text.tooLong");
    expect(refusals({ ...valid, variables: "{ first: 10 }" }).variables.reason).toBe("savedQuery.variablesNotJson");
    expect(refusals({ ...valid, variables: "[1, 2]" }).variables.reason).toBe("savedQuery.variablesNotObject");
    expect(refusals({ ...valid, variables: `"${"x".repeat(SAVED_QUERY_LIMITS.variables)}"` }).variables.reason).toBe("text.tooLong");
  });
});
