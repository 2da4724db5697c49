import { DEFAULT_THEME, mergeMantineTheme } from "@mantine/core";
import { describe, expect, it } from "vitest";
import { accessibleColors } from "./accessible-colors";
import { contrast, readableOn } from "./contrast";

describe("accessible colours", () => {
  it("computes WCAG contrast (Mantine's grey on white is 3.3:1)", () => {
    expect(contrast("#868e96", "#ffffff")).toBeCloseTo(3.32, 1);
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 0);
  });

  it("darkens a colour just enough to pass AA", () => {
    const grape = readableOn("#be4bdb", "#ffffff", 4.5);
    expect(contrast(grape, "#ffffff")).toBeGreaterThanOrEqual(4.5);
    expect(contrast(readableOn(grape, "#ffffff", 4.5), "#ffffff")).toBeLessThan(5.2);
  });

  it("gives every colour's text, light, outline and filled variants AA contrast on white and on its own light tint", () => {
    const theme = mergeMantineTheme(DEFAULT_THEME, { primaryColor: "grape" });
    const { light } = accessibleColors(theme);
    const colours = Object.entries(light).filter(([k]) => !k.endsWith("-hover"));
    expect(colours.length).toBeGreaterThan(40);
    for (const [name, value] of colours) {
      expect(contrast(value, "#ffffff"), name).toBeGreaterThanOrEqual(4.5);
      const own = /--mantine-color-([a-z]+)-/.exec(name)?.[1];
      if (own && theme.colors[own]) expect(contrast(value, theme.colors[own][1]), name).toBeGreaterThanOrEqual(4.5);
    }
  });
});
