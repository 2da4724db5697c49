import { linear, niceTicks } from "./scale";

/** One series of a chart: drawn as bars (stacked or side by side) or as a line with dots. */
export interface ChartSeries {
  key: string;
  /** Shown in the legend and the tooltip. */
  name: string;
  /** A Mantine colour such as `grape.6`. */
  color: string;
  kind: "bar" | "line";
}

/** One category on the x-axis (a year, a period) with each series' value; a missing value is left out, never drawn as 0. */
export interface ChartRow {
  label: string;
  values: Record<string, number | null | undefined>;
}

export interface LayoutOptions {
  width: number;
  height: number;
  /** Bars of one category on top of each other (financing by source) or side by side (allocated, applied, granted). */
  stacked: boolean;
  maxBarWidth: number;
  /** Ticks at whole numbers only (kronor, counts of people). */
  wholeNumbers?: boolean;
  /** How an axis value is written ("500 000 kr"). */
  format: (value: number) => string;
}

export interface Bar {
  key: string;
  index: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartLayout {
  plot: { left: number; top: number; right: number; bottom: number };
  ticks: { value: number; y: number; label: string }[];
  bands: { index: number; x: number; width: number; center: number; label: string; showLabel: boolean }[];
  bars: Bar[];
  lines: { key: string; points: { x: number; y: number; index: number }[] }[];
  zeroY: number;
}

/** The width of a 12 px label, estimated (digits and lower-case letters of the UI font are about 7 px wide). */
export const textWidth = (text: string) => Math.ceil(text.length * 7);

const FONT_GAP = 8;
const BAR_GAP = 2;

/** A series' value in a row as it is drawn: a finite number, or null (missing, never drawn as 0). */
export const drawnValue = (row: ChartRow, key: string) => {
  const v = row.values[key];
  return typeof v === "number" && Number.isFinite(v) ? v : null;
};

/** The lowest and highest value the axis has to show: stacks summed per category, each line point. */
function extent(rows: ChartRow[], series: ChartSeries[], stacked: boolean): [number, number] {
  let min = 0;
  let max = 0;
  for (const row of rows) {
    let up = 0;
    let down = 0;
    for (const s of series) {
      const v = drawnValue(row, s.key);
      if (v === null) continue;
      if (s.kind === "bar" && stacked) {
        if (v >= 0) up += v;
        else down += v;
      } else {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    min = Math.min(min, down);
    max = Math.max(max, up);
  }
  return [min, max];
}

/** Where everything goes, in pixels of a `width` × `height` drawing: pure, so it is tested without a browser. */
export function layoutChart(rows: ChartRow[], series: ChartSeries[], options: LayoutOptions): ChartLayout {
  const { width, height, stacked, maxBarWidth, format, wholeNumbers = false } = options;
  const [min, max] = extent(rows, series, stacked);
  const tickValues = niceTicks(min, max, 5, wholeNumbers);
  const tickLabels = tickValues.map(format);
  const left = Math.max(...tickLabels.map(textWidth)) + FONT_GAP;
  const plot = { left, top: 10, right: Math.max(left + 1, width - 12), bottom: Math.max(11, height - 24) };
  const y = linear(tickValues[0], tickValues[tickValues.length - 1], plot.bottom, plot.top);
  const ticks = tickValues.map((value, i) => ({ value, y: y(value), label: tickLabels[i] }));

  const bandWidth = (plot.right - plot.left) / Math.max(1, rows.length);
  // Every k-th label when they would overlap (a long run of periods on a phone).
  const labelEvery = Math.max(1, Math.ceil((Math.max(0, ...rows.map((r) => textWidth(r.label))) + FONT_GAP) / bandWidth));
  const bands = rows.map((row, index) => {
    const x = plot.left + index * bandWidth;
    return { index, x, width: bandWidth, center: x + bandWidth / 2, label: row.label, showLabel: index % labelEvery === 0 };
  });

  const barSeries = series.filter((s) => s.kind === "bar");
  const inner = bandWidth * 0.8;
  const slots = stacked ? 1 : barSeries.length;
  const barWidth = Math.max(1, Math.min(maxBarWidth, (inner - BAR_GAP * (slots - 1)) / Math.max(1, slots)));
  const groupWidth = barWidth * slots + BAR_GAP * (slots - 1);
  const zeroY = y(0);
  const bars: Bar[] = [];
  for (const band of bands) {
    let up = 0;
    let down = 0;
    barSeries.forEach((s, j) => {
      const v = drawnValue(rows[band.index], s.key);
      if (v === null || v === 0) return;
      const x = band.center - groupWidth / 2 + (stacked ? 0 : j * (barWidth + BAR_GAP));
      const from = stacked ? (v > 0 ? up : down) : 0;
      const to = from + v;
      if (stacked) {
        if (v > 0) up = to;
        else down = to;
      }
      const top = Math.min(y(from), y(to));
      bars.push({ key: s.key, index: band.index, x, y: top, width: barWidth, height: Math.abs(y(to) - y(from)) });
    });
  }

  const lines = series
    .filter((s) => s.kind === "line")
    .map((s) => ({
      key: s.key,
      points: bands.flatMap((band) => {
        const v = drawnValue(rows[band.index], s.key);
        return v === null ? [] : [{ x: band.center, y: y(v), index: band.index }];
      }),
    }));

  return { plot, ticks, bands, bars, lines, zeroY };
}

/** Where a tooltip's left edge goes: beside the category on whichever side it fits, else as far in as the chart allows. */
export function tooltipLeft(center: number, tipWidth: number, width: number, gap = 12): number {
  if (center + gap + tipWidth <= width) return center + gap;
  if (center - gap - tipWidth >= 0) return center - gap - tipWidth;
  return Math.max(0, width - tipWidth);
}
