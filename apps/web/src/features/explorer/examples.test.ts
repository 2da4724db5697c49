import { readFileSync } from "node:fs";
import { buildSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { en } from "../../i18n/en";
import { sv } from "../../i18n/sv";
import { EXPLORER_EXAMPLES } from "./examples";

const sdl = readFileSync(new URL("../../../../api/schema.graphql", import.meta.url), "utf8");
const schema = buildSchema(sdl);

describe("explorer examples", () => {
  it("ships the examples the analysts asked for", () => {
    expect(EXPLORER_EXAMPLES.map((e) => e.id)).toEqual(
      expect.arrayContaining(["indicator-values-over-time", "indicator-values-by-breakdown"]),
    );
    expect(EXPLORER_EXAMPLES.length).toBeGreaterThanOrEqual(7);
    expect(new Set(EXPLORER_EXAMPLES.map((e) => e.id)).size).toBe(EXPLORER_EXAMPLES.length);
  });

  it.each(EXPLORER_EXAMPLES.map((e) => [e.id, e] as const))("%s is valid against apps/api/schema.graphql", (_id, example) => {
    expect(validate(schema, parse(example.query)).map((e) => e.message)).toEqual([]);
  });

  it.each(EXPLORER_EXAMPLES.map((e) => [e.id, e] as const))("%s has a title in both languages", (_id, example) => {
    expect(sv[example.titleKey]).toBeTruthy();
    expect(en[example.titleKey]).toBeTruthy();
  });

  it("answers 'total granted per year per funder' with one two-dimensional group, and co-financers by project count", () => {
    const perFunder = EXPLORER_EXAMPLES.find((e) => e.id === "granted-per-year-per-funder");
    expect(perFunder?.query).toMatch(/grantAggregate\(\s*groupBy: \[YEAR, FUNDER\]/);
    expect(perFunder?.variables?.("2026-11-23", "en")).toEqual({ language: "EN" });
    expect(perFunder?.variables?.("2026-11-23", "sv")).toEqual({ language: "SV" });
    const coFinancers = EXPLORER_EXAMPLES.find((e) => e.id === "co-financing-organisations");
    expect(coFinancers?.query).toContain(
      "contributionAggregate(groupBy: [ORGANISATION], orderBy: [{ measure: PROJECT_COUNT, direction: DESC }]",
    );
  });

  it("fills in today's date where an example asks for it", () => {
    const overdue = EXPLORER_EXAMPLES.find((e) => e.id === "overdue-as-of");
    expect(overdue?.variables?.("2026-11-23", "sv")).toEqual({ today: "2026-11-23" });
  });
});
