import { Group, Text } from "@mantine/core";
import type { ChartSeries } from "./chart-layout";

/** A Mantine colour name (`grape.6`) as the CSS variable that follows the colour scheme. */
export const colorVar = (color: string) => `var(--mantine-color-${color.replace(".", "-")})`;

/** A series' mark: a square for bars, a short stroke for a line. */
export function Swatch({ series }: { series: ChartSeries }) {
  return <span className="bk-chart-swatch" data-kind={series.kind} style={{ background: colorVar(series.color) }} />;
}

/** The series' names beside their marks, above the drawing. */
export function ChartLegend({ series }: { series: ChartSeries[] }) {
  return (
    <Group gap="md" justify="flex-end" mb="xs" style={{ rowGap: 4 }} data-testid="chart-legend">
      {series.map((s) => (
        <Group key={s.key} gap={6} wrap="nowrap">
          <Swatch series={s} />
          <Text size="sm">{s.name}</Text>
        </Group>
      ))}
    </Group>
  );
}
