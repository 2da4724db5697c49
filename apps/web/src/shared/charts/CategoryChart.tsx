import "./charts.css";
import { useElementSize } from "@mantine/hooks";
import { type KeyboardEvent, type PointerEvent, useState } from "react";
import { ChartLegend, colorVar } from "./ChartLegend";
import { ChartTooltip } from "./ChartTooltip";
import { type ChartRow, type ChartSeries, drawnValue, layoutChart } from "./chart-layout";

interface Props {
  /** What the chart shows, read out to screen readers (the exact figures are in the table beside it). */
  label: string;
  rows: ChartRow[];
  series: ChartSeries[];
  height: number;
  stacked?: boolean;
  maxBarWidth?: number;
  /** Axis ticks at whole numbers only (kronor). */
  wholeNumbers?: boolean;
  format: (value: number) => string;
}

const KEYS: Record<string, (index: number, last: number) => number> = {
  ArrowRight: (i, last) => Math.min(last, i + 1),
  ArrowLeft: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_, last) => last,
};

/**
 * Bars (stacked or side by side) and lines over categories such as years, drawn as plain SVG:
 * a few kilobytes instead of a chart library, drawn in one render. Pointing at a category or
 * moving through them with the arrow keys shows every series' value for it.
 */
export function CategoryChart({ label, rows, series, height, stacked = false, maxBarWidth = 60, wholeNumbers, format }: Props) {
  const { ref, width } = useElementSize();
  const [chosen, setChosen] = useState<number | null>(null);
  // The category pointed at or chosen by key, while it still exists (a new set of rows may be shorter).
  const active = chosen !== null && chosen < rows.length ? chosen : null;
  const layout = width > 0 && rows.length ? layoutChart(rows, series, { width, height, stacked, maxBarWidth, wholeNumbers, format }) : null;
  const last = rows.length - 1;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") return setChosen(null);
    const to = KEYS[event.key];
    if (!to || last < 0) return;
    event.preventDefault();
    setChosen(to(active ?? -1, last));
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    if (!layout) return;
    const x = event.clientX - event.currentTarget.getBoundingClientRect().left;
    const band = layout.bands.find((b) => x >= b.x && x < b.x + b.width);
    setChosen(band ? band.index : null);
  };
  const shown = layout && active !== null ? layout.bands[active] : undefined;

  return (
    <div>
      <ChartLegend series={series} />
      {/*
        A slider over the categories for the keyboard (arrow keys, Home, End): it reads out the
        category's values as its value text, and the tooltip shows them.
      */}
      <div
        ref={ref}
        className="bk-chart"
        role="slider"
        aria-label={label}
        aria-valuemin={1}
        aria-valuemax={Math.max(1, rows.length)}
        aria-valuenow={(active ?? 0) + 1}
        aria-valuetext={rows.length ? describe(rows[active ?? 0], series, format) : undefined}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onFocus={(event) => event.currentTarget.matches(":focus-visible") && setChosen(active ?? 0)}
        onBlur={() => setChosen(null)}
        style={{ height }}
        data-testid="chart"
      >
        {layout && (
          <svg width={width} height={height} aria-hidden="true" onPointerMove={onPointerMove} onPointerLeave={() => setChosen(null)}>
            {shown && (
              <rect
                x={shown.x}
                y={layout.plot.top}
                width={shown.width}
                height={layout.plot.bottom - layout.plot.top}
                fill="var(--chart-active)"
              />
            )}
            {layout.ticks.map((t) => (
              <g key={t.value}>
                <line x1={layout.plot.left} x2={layout.plot.right} y1={t.y} y2={t.y} stroke="var(--chart-grid)" strokeDasharray="5 5" />
                <text x={layout.plot.left - 8} y={t.y} dy="0.32em" textAnchor="end" fill="var(--chart-text)">
                  {t.label}
                </text>
              </g>
            ))}
            {layout.bands.map(
              (b) =>
                b.showLabel && (
                  <text key={b.index} x={b.center} y={layout.plot.bottom + 17} textAnchor="middle" fill="var(--chart-text)">
                    {b.label}
                  </text>
                ),
            )}
            <line x1={layout.plot.left} x2={layout.plot.right} y1={layout.zeroY} y2={layout.zeroY} stroke="var(--chart-text)" />
            {layout.bars.map((bar) => (
              <rect
                key={`${bar.key}-${bar.index}`}
                x={bar.x}
                y={bar.y}
                width={bar.width}
                height={bar.height}
                fill={colorVar(seriesOf(series, bar.key).color)}
              />
            ))}
            {layout.lines.map((line) => {
              const color = colorVar(seriesOf(series, line.key).color);
              return (
                <g key={line.key}>
                  <path
                    d={line.points.map((p, i) => `${i ? "L" : "M"}${p.x},${p.y}`).join("")}
                    fill="none"
                    stroke={color}
                    strokeWidth={2}
                  />
                  {line.points.map((p) => (
                    <circle
                      key={p.index}
                      cx={p.x}
                      cy={p.y}
                      r={p.index === active ? 5 : 3}
                      fill={color}
                      stroke="var(--mantine-color-body)"
                    />
                  ))}
                </g>
              );
            })}
          </svg>
        )}
        {shown && <ChartTooltip row={rows[shown.index]} series={series} format={format} center={shown.center} width={width} />}
      </div>
    </div>
  );
}

/** "2010: Bidrag 500 000 kr, Behov 900 000 kr" (a series without a value is left out). */
function describe(row: ChartRow, series: ChartSeries[], format: (value: number) => string) {
  const values = series.flatMap((s) => {
    const v = drawnValue(row, s.key);
    return v === null ? [] : [`${s.name} ${format(v)}`];
  });
  return `${row.label}: ${values.join(", ")}`;
}

const seriesOf = (series: ChartSeries[], key: string) => series.find((s) => s.key === key) as ChartSeries;
