import { Group, Paper, Text } from "@mantine/core";
import { useLayoutEffect, useRef } from "react";
import { Swatch } from "./ChartLegend";
import { type ChartRow, type ChartSeries, drawnValue, tooltipLeft } from "./chart-layout";

interface Props {
  row: ChartRow;
  series: ChartSeries[];
  format: (value: number) => string;
  /** The category's centre, in pixels from the chart's left edge, and the chart's width. */
  center: number;
  width: number;
}

/**
 * Every series' value for one category, beside it and inside the chart (placed once its own width
 * is known, before it is painted). Hidden from screen readers: the chart's value text reads the same values out.
 */
export function ChartTooltip({ row, series, format, center, width }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const tip = ref.current;
    if (tip) tip.style.left = `${tooltipLeft(center, tip.offsetWidth, width)}px`;
  });
  return (
    <Paper
      ref={ref}
      className="bk-chart-tooltip"
      shadow="md"
      withBorder
      p="xs"
      radius="sm"
      aria-hidden="true"
      style={{ top: 0 }}
      data-testid="chart-tooltip"
    >
      <Text fw={700} size="sm" mb={4}>
        {row.label}
      </Text>
      {series.map((s) => {
        const v = drawnValue(row, s.key);
        return (
          <Group key={s.key} gap="xs" justify="space-between" wrap="nowrap">
            <Group gap={6} wrap="nowrap">
              <Swatch series={s} />
              <Text size="sm">{s.name}</Text>
            </Group>
            <Text size="sm" style={{ fontVariantNumeric: "tabular-nums" }}>
              {v === null ? "–" : format(v)}
            </Text>
          </Group>
        );
      })}
    </Paper>
  );
}
