/** Round numbers for an axis: 0, 500 000, 1 000 000 … rather than 0, 437 211, 874 422. */

/**
 * The round step (1, 2 or 5 × a power of ten) nearest to `rough`, rounding towards the larger
 * step only when the smaller would be too far off (the thresholds of d3's tickIncrement).
 */
export function niceStep(rough: number): number {
  if (!(rough > 0) || !Number.isFinite(rough)) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  const error = rough / power;
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  return factor * power;
}

/** Strips the float noise of `3 * 0.1` so the tick reads 0.3. */
const clean = (n: number) => Number(n.toPrecision(12));

/**
 * About `count` intervals covering `min`…`max` and always 0 (bars grow from it): the axis runs from
 * the first tick to the last. A flat or empty range gets the axis 0…1. With `wholeNumbers` no
 * step is smaller than 1 (kronor, people).
 */
export function niceTicks(min: number, max: number, count = 5, wholeNumbers = false): number[] {
  const low = Math.min(0, Number.isFinite(min) ? min : 0);
  let high = Math.max(0, Number.isFinite(max) ? max : 0);
  if (high === low) high = low + 1;
  const rough = niceStep((high - low) / Math.max(1, count));
  const step = wholeNumbers ? Math.max(1, rough) : rough;
  const first = Math.floor(low / step);
  const last = Math.ceil(high / step);
  const ticks: number[] = [];
  for (let i = first; i <= last; i++) ticks.push(clean(i * step));
  return ticks;
}

/** A linear map from the domain `[d0, d1]` onto the range `[r0, r1]`. */
export function linear(d0: number, d1: number, r0: number, r1: number): (value: number) => number {
  const span = d1 - d0 || 1;
  return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}
