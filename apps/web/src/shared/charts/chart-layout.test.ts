import { describe, expect, it } from "vitest";
import { testRows as rows, testSeries as series } from "./chart-fixtures";
import { layoutChart, textWidth, tooltipLeft } from "./chart-layout";

const options = { width: 400, height: 300, maxBarWidth: 60, format: (v: number) => `${v} kr`, wholeNumbers: true };

describe("layoutChart", () => {
  it("puts round ticks from 0 on the y-axis, room for the widest label on its left", () => {
    const layout = layoutChart(rows, series, { ...options, stacked: true });
    expect(layout.ticks.map((t) => t.value)).toEqual([0, 200, 400, 600, 800, 1000, 1200]);
    expect(layout.plot.left).toBe(textWidth("1200 kr") + 8);
    expect(layout.ticks[0].y).toBe(layout.plot.bottom);
    expect(layout.ticks.at(-1)?.y).toBe(layout.plot.top);
    expect(layout.zeroY).toBe(layout.plot.bottom);
  });

  it("stacks bars of one year on each other and leaves out zero and missing values", () => {
    const layout = layoutChart(rows, series, { ...options, stacked: true });
    expect(layout.bars.map((b) => `${b.key}@${b.index}`)).toEqual(["grant@0", "own@0", "grant@1", "own@2"]);
    const [grant, own] = layout.bars;
    expect(own.y + own.height).toBeCloseTo(grant.y);
    expect(grant.x).toBe(own.x);
    const perKrona = (layout.plot.bottom - layout.plot.top) / 1200;
    expect(grant.height).toBeCloseTo(600 * perKrona);
    expect(own.height).toBeCloseTo(400 * perKrona);
  });

  it("puts bars side by side when not stacked, each as wide as the band allows up to the maximum", () => {
    const layout = layoutChart(rows, series, { ...options, stacked: false, maxBarWidth: 20 });
    const [grant, own] = layout.bars;
    expect(grant.width).toBe(20);
    expect(own.x).toBe(grant.x + 22);
    expect(grant.y + grant.height).toBeCloseTo(layout.zeroY);
    expect(own.y + own.height).toBeCloseTo(layout.zeroY);
    // Side by side the axis only needs the highest single value (the need, 1200); stacked, the bars of 1700 need an axis to 2000.
    expect(layout.ticks.at(-1)?.value).toBe(1200);
    const tall = layoutChart([{ label: "2008", values: { grant: 900, own: 800 } }], series, { ...options, stacked: true });
    expect(tall.ticks.at(-1)?.value).toBe(2000);
  });

  it("draws a line through the categories that have a value, skipping the gaps", () => {
    const layout = layoutChart(rows, series, { ...options, stacked: true });
    expect(layout.lines).toHaveLength(1);
    expect(layout.lines[0].points.map((p) => p.index)).toEqual([0, 1]);
    expect(layout.lines[0].points[0].x).toBe(layout.bands[0].center);
  });

  it("labels every k-th category when the labels would overlap", () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ label: `2026-01-${String(i + 1).padStart(2, "0")}`, values: { need: i } }));
    const layout = layoutChart(many, series, { ...options, stacked: false });
    const shown = layout.bands.filter((b) => b.showLabel);
    expect(shown.length).toBeLessThan(many.length);
    expect(shown[1].center - shown[0].center).toBeGreaterThanOrEqual(textWidth(many[0].label) + 8);
  });

  it("grows negative stacks downward from 0", () => {
    const layout = layoutChart([{ label: "2011", values: { grant: -500, own: 300 } }], series, { ...options, stacked: true });
    const [down, up] = layout.bars;
    expect(down.y).toBeCloseTo(layout.zeroY);
    expect(up.y + up.height).toBeCloseTo(layout.zeroY);
  });
});

describe("tooltipLeft", () => {
  it("goes right of the category when it fits, else left of it, else as far in as the chart allows", () => {
    expect(tooltipLeft(100, 150, 400)).toBe(112);
    expect(tooltipLeft(300, 150, 400)).toBe(138);
    expect(tooltipLeft(150, 250, 300)).toBe(50);
    expect(tooltipLeft(150, 400, 300)).toBe(0);
  });
});
