import { fromOre } from "./money";

/** Units people write after an amount, and what they multiply it by. */
const UNITS: [RegExp, bigint][] = [
  [/(mkr|mnkr|msek|miljoner( kronor| kr)?|milj\.?( kr)?|mn)$/, 1_000_000n],
  [/(tkr|tsek|tusen( kronor| kr)?)$/, 1_000n],
  [/(kronor|kr\.?|sek|:-)$/, 1n],
];

/**
 * An amount as a person types it, the way Swedes write money: "60 000", "60 000 kr", "60.000,50",
 * "0,5 mkr" (500 000), "150 tkr", "2 200 000 SEK". Spaces (also non-breaking) and a thousands dot
 * group digits; a comma (or a dot followed by one or two digits) starts öre. Returns the exact
 * decimal string ("500000"), or null when the text is not an amount ("1e5", "abc", "5 5,5,5").
 * Negative amounts come back negative: the caller's rule decides whether they are allowed.
 */
export function parseAmountText(text: string): string | null {
  let s = text
    .trim()
    .toLowerCase()
    .replace(/[\s\u00a0\u202f]+/g, " ");
  let factor = 1n;
  for (const [unit, f] of UNITS) {
    if (unit.test(s)) {
      s = s.replace(unit, "").trim();
      factor = f;
      break;
    }
  }
  const negative = /^[-−]/.test(s);
  s = s.replace(/^[-−]\s*/, "").replace(/ /g, "");
  // Thousands dots: "1.000.000" or "60.000,50" (a dot followed by exactly three digits, more than once or before a comma).
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s) && (s.split(".").length > 2 || s.includes(","))) s = s.replace(/\./g, "");
  s = s.replace(",", ".");
  const m = /^(\d{1,15})(?:\.(\d{1,6}))?$/.exec(s);
  if (!m) return null;
  const decimals = m[2] ?? "";
  // Exact: the whole number and its decimals as an integer, times the unit, in öre.
  const scaled = BigInt(m[1] + decimals) * factor * 100n;
  const divisor = 10n ** BigInt(decimals.length);
  if (scaled % divisor !== 0n) return null; // finer than öre
  const ore = scaled / divisor;
  if (ore > 10n ** 14n) return null; // above what the product holds (12 digits of kronor)
  return fromOre(negative ? -ore : ore);
}
