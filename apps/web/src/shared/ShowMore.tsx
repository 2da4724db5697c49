import { Button, Group, Text } from "@mantine/core";
import { useState } from "react";
import { useI18n } from "../i18n/i18n";
import { useFormat } from "./format";

/**
 * A long list drawn in steps: the first `step` rows, then `step` more on each click. For lists the
 * API answers whole because their order needs every row (the financing portfolio: gaps first), where a
 * county's thousands of rows at once would keep the browser busy for seconds. Starts over when the list
 * is another one (`listKey`).
 */
export function useShownRows<T>(rows: readonly T[], step: number, listKey: unknown) {
  const [shown, setShown] = useState({ listKey, count: step });
  const count = Object.is(shown.listKey, listKey) ? shown.count : step;
  return {
    shown: rows.length > count ? rows.slice(0, count) : rows,
    total: rows.length,
    showMore: () => setShown({ listKey, count: count + step }),
    step,
  };
}

/** Below a list drawn in steps: how many rows are shown, and a button for the next step (none once all are). */
export function ShowMore({ shown, total, showMore, step }: { shown: readonly unknown[]; total: number; showMore(): void; step: number }) {
  const { t } = useI18n();
  const { number } = useFormat();
  if (shown.length >= total) return null;
  return (
    <Group justify="space-between" p="sm" data-testid="show-more">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t("list.showing", { shown: number(shown.length), total: number(total) })}
      </Text>
      <Button variant="default" size="xs" onClick={showMore}>
        {t("list.showMore", { count: number(Math.min(step, total - shown.length)) })}
      </Button>
    </Group>
  );
}
