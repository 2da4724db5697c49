import { describe, expect, it } from "vitest";
import { filterWords } from "./filter-words";

describe("filters in words", () => {
  it("names each filter set, with its values, and leaves out the unset ones", () => {
    expect(
      filterWords([
        ["Fritext", " jour "],
        ["Status", ["Beviljat", "Avslaget"]],
        ["Finansiär", null],
        ["År", 2025],
        ["Minst", ""],
        ["Typ", []],
      ]),
    ).toEqual(["Fritext: jour", "Status: Beviljat, Avslaget", "År: 2025"]);
  });
});
