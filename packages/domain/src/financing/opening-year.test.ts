import { describe, expect, it } from "vitest";
import { openingYear } from "./opening-year";

describe("openingYear", () => {
  it("opens on this year when it has figures", () => {
    expect(openingYear([2025, 2026, 2027], 2026)).toBe(2026);
  });
  it("opens a finished project on its last year (Relationsvåldscentrum: 2010, with its gap)", () => {
    expect(openingYear([2007, 2008, 2009, 2010], 2026)).toBe(2010);
  });
  it("opens a project that has not started on its first year", () => {
    expect(openingYear([2028, 2029], 2026)).toBe(2028);
  });
  it("prefers the latest past year over a future one when this year has none", () => {
    expect(openingYear([2020, 2030], 2026)).toBe(2020);
  });
  it("opens on this year without any figures", () => {
    expect(openingYear([], 2026)).toBe(2026);
  });
});
