/**
 * Money is exact: amounts travel as decimal strings ("2200000", "916210.5") and are added as
 * integer öre in BigInt. Never a float.
 */
const MONEY_RE = /^-?\d{1,12}(\.\d{1,2})?$/;

/** Normalises "2 200 000", "2200000.00" or 2200000 to "2200000"; null when not an amount. */
export function parseMoney(input: string): string | null {
  const compact = input
    .trim()
    .replace(/[\s\u00a0]/g, "")
    .replace(",", ".");
  if (!MONEY_RE.test(compact)) return null;
  return fromOre(toOre(compact));
}

/**
 * An amount whose öre fit a double exactly (at most 13 digits of kronor: < 10^15 öre < 2^53), as
 * the database and the schemas give them: parsed as one integer instead of two BigInt strings
 * (toOre was 3.6 % of a project financing request's CPU; money.test.ts compares both ways).
 */
const EXACT_IN_A_DOUBLE = /^-?\d{1,13}(\.\d{1,2})?$/;

/** The amount's öre as a number where that is exact (EXACT_IN_A_DOUBLE), else null. */
function oreNumber(amount: string): number | null {
  if (!EXACT_IN_A_DOUBLE.test(amount)) return null;
  const dot = amount.indexOf(".");
  if (dot < 0) return Number(amount) * 100;
  const digits = Number(amount.slice(0, dot) + amount.slice(dot + 1));
  return amount.length - dot === 2 ? digits * 10 : digits;
}

export function toOre(amount: string): bigint {
  const ore = oreNumber(amount);
  return ore === null ? toOreExactly(amount) : BigInt(ore);
}

/** toOre for any amount, in BigInt throughout (exported for the test that compares the two). */
export function toOreExactly(amount: string): bigint {
  const negative = amount.startsWith("-");
  const [kr, ore = ""] = amount.replace("-", "").split(".");
  const value = BigInt(kr) * 100n + BigInt(`${ore}00`.slice(0, 2));
  return negative ? -value : value;
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** fromOre for a safe integer of öre, in plain numbers (exact below 2^53). */
function fromOreNumber(ore: number): string {
  const abs = Math.abs(ore);
  const rest = abs % 100;
  const kr = (abs - rest) / 100;
  const text = rest === 0 ? String(kr) : `${kr}.${rest < 10 ? `0${rest}` : rest % 10 === 0 ? rest / 10 : rest}`;
  return ore < 0 ? `-${text}` : text;
}

export function fromOre(ore: bigint): string {
  if (ore <= MAX_SAFE && ore >= -MAX_SAFE) return fromOreNumber(Number(ore));
  return fromOreExactly(ore);
}

/** fromOre in BigInt throughout (exported for the test that compares the two). */
export function fromOreExactly(ore: bigint): string {
  const negative = ore < 0n;
  const abs = negative ? -ore : ore;
  const kr = abs / 100n;
  const rest = abs % 100n;
  const text = rest === 0n ? kr.toString() : `${kr}.${rest.toString().padStart(2, "0").replace(/0$/, "")}`;
  return negative ? `-${text}` : text;
}

/**
 * Sums decimal strings exactly; null and undefined count as nothing. In plain numbers of öre while
 * every amount and every partial sum is a safe integer (a project's financing adds up tens of
 * thousands of amounts in a county's portfolio, and BigInt allocated for each), else in BigInt.
 */
export function sumMoney(amounts: (string | null | undefined)[]): string {
  let sum = 0;
  for (const a of amounts) {
    if (a == null) continue;
    const ore = oreNumber(a);
    // Two safe integers add exactly whenever their sum is one (a larger sum rounds to no safe integer).
    if (ore === null || !Number.isSafeInteger(sum + ore)) return fromOre(sumExactly(amounts));
    sum += ore;
  }
  return fromOreNumber(sum);
}

/** sumMoney in BigInt throughout. */
function sumExactly(amounts: (string | null | undefined)[]): bigint {
  return amounts.reduce<bigint>((acc, a) => (a == null ? acc : acc + toOre(a)), 0n);
}

export function compareMoney(a: string, b: string): number {
  const x = oreNumber(a);
  const y = oreNumber(b);
  if (x !== null && y !== null) return x < y ? -1 : x > y ? 1 : 0;
  const d = toOre(a) - toOre(b);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

const groupThousands = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0");

/**
 * Formats an amount as Swedish kronor, `2 200 000 kr` (sv-SE: non-breaking space between
 * thousands, comma before öre), in both UI languages. Works on the exact string: no rounding.
 */
export function formatMoney(amount: string | null | undefined): string {
  if (amount == null) return "–";
  const normalised = parseMoney(amount);
  if (normalised === null) return amount;
  const negative = normalised.startsWith("-");
  const [kr, ore] = normalised.replace("-", "").split(".");
  return `${negative ? "\u2212" : ""}${groupThousands(kr)}${ore ? `,${ore.padEnd(2, "0")}` : ""}\u00a0kr`;
}
