import type { CSSVariablesResolver, MantineColorsTuple } from "@mantine/core";
import { readableOn } from "./contrast";

/** A neutral light background (grey shade 1) for colours that do not sit on their own tint. */
const NEUTRAL = "#f1f3f5";
/** WCAG 2.1 AA for normal text, with a little room for anti-aliasing. */
const AA = 4.6;

/**
 * Colours that pass WCAG AA: Mantine's default shades for text, outlines, light variants and
 * filled buttons (white text) are too light for several colours (grey 3.3:1, the violet link
 * 4.0:1, green, orange, yellow). Each colour's shade 6 is darkened just enough to read on white
 * and on its own light tint (shade 1); the rest of the palette is left as it is.
 */
export const accessibleColors: CSSVariablesResolver = (theme) => {
  const light: Record<string, string> = {};
  for (const [name, shades] of Object.entries(theme.colors) as [string, MantineColorsTuple][]) {
    // Light badges, buttons and the active menu item sit on the colour's shade 1; text that reads there reads on white.
    const readable = readableOn(shades[6], shades[1], AA);
    light[`--mantine-color-${name}-text`] = readable;
    light[`--mantine-color-${name}-light-color`] = readable;
    light[`--mantine-color-${name}-outline`] = readable;
    light[`--mantine-color-${name}-filled`] = readable;
    light[`--mantine-color-${name}-filled-hover`] = readableOn(shades[7], shades[1], AA + 1);
  }
  // The primary colour's own variables (NavLink, default badges and buttons) follow the primary colour's.
  for (const v of ["text", "light-color", "filled", "filled-hover"]) {
    light[`--mantine-primary-color-${v}`] = light[`--mantine-color-${theme.primaryColor}-${v}`];
  }
  // A field's error text (Mantine's red 6 reads 3.6:1 on white).
  light["--mantine-color-error"] = light["--mantine-color-red-text"];
  light["--mantine-color-dimmed"] = readableOn(theme.colors.gray[6], NEUTRAL, AA);
  light["--mantine-color-anchor"] = light[`--mantine-color-${theme.primaryColor}-text`];
  light["--mantine-color-placeholder"] = readableOn(theme.colors.gray[5], NEUTRAL, AA);
  return { variables: {}, light, dark: {} };
};
