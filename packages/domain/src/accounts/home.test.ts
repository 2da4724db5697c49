import { describe, expect, it } from "vitest";
import { homeFor } from "./home";

describe("the start page of a role", () => {
  it("is the attention list for the county board, the financing for a project lead, the statistics for a statistician, else the grants", () => {
    expect(homeFor(["ADMIN"])).toBe("/attention");
    expect(homeFor(["PROJECT_LEAD", "CASE_OFFICER"])).toBe("/attention");
    expect(homeFor(["PROJECT_LEAD"])).toBe("/financing");
    expect(homeFor(["STATISTICIAN", "PROJECT_LEAD"])).toBe("/financing");
    expect(homeFor(["STATISTICIAN"])).toBe("/statistics");
    expect(homeFor(["ANALYST"])).toBe("/grants");
    expect(homeFor([])).toBe("/grants");
  });
});
