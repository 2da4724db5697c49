import { describe, expect, it } from "vitest";
import { daySpan } from "./day-span";

describe("daySpan", () => {
  it.each([
    [1, "sv", "1 dag"],
    [45, "sv", "45 dagar"],
    [-45, "sv", "45 dagar"],
    [92, "sv", "3 månader"],
    [365, "sv", "1 år"],
    [6476, "sv", "17 år 8 månader"],
    [6476, "en", "17 years 8 months"],
    [31, "en", "31 days"],
    [400, "en", "1 year 1 month"],
  ] as const)("%i days in %s: %s", (days, locale, text) => {
    expect(daySpan(days, locale)).toBe(text);
  });
});
