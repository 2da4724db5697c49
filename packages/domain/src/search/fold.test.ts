import { describe, expect, it } from "vitest";
import { foldForSearch } from "./fold";

describe("foldForSearch", () => {
  it("ignores case and Swedish diacritics", () => {
    expect(foldForSearch("Hässelby-Vällingby")).toBe("hasselby-vallingby");
    expect(foldForSearch("VÅLD i nära relationer")).toBe("vald i nara relationer");
    expect(foldForSearch("  Ekerö   kommun ")).toBe("ekero kommun");
    expect(foldForSearch("Kvinnojour Trondheim krisesenter Ø")).toBe("kvinnojour trondheim krisesenter o");
  });
});
