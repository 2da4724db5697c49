/** WCAG 2.1 relative luminance and contrast of sRGB hex colours ("#be4bdb"). */
function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** `hex` mixed with black by `amount` (0–1). */
export function darken(hex: string, amount: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(c * (1 - amount));
  return `#${[(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => mix(c).toString(16).padStart(2, "0")).join("")}`;
}

/** The lightest shade of `hex` (mixed with black in steps of 2 %) that reads at `ratio` or more against `background`. */
export function readableOn(hex: string, background: string, ratio: number): string {
  for (let amount = 0; amount <= 1; amount += 0.02) {
    const shade = darken(hex, amount);
    if (contrast(shade, background) >= ratio) return shade;
  }
  return "#000000";
}
