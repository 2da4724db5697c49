import { Paper, SimpleGrid, Text } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import { useFormat } from "../../shared/format";

type Props = { summary: { count: number; amountApplied: string; amountGranted: string } | undefined };

/** Totals of applied and granted for the whole filter, not only the page shown. */
export function GrantTotals({ summary }: Props) {
  const { t } = useI18n();
  const f = useFormat();
  const items = [
    { key: "count", label: t("grants.totals.count"), value: summary ? String(summary.count) : "–" },
    { key: "applied", label: t("grants.totals.applied"), value: f.money(summary?.amountApplied) },
    { key: "granted", label: t("grants.totals.granted"), value: f.money(summary?.amountGranted) },
  ];
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} aria-live="polite">
      {items.map((i) => (
        <Paper key={i.key} withBorder p="md" radius="md" data-testid={`total-${i.key}`}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {i.label}
          </Text>
          <Text size="xl" fw={700}>
            {i.value}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
