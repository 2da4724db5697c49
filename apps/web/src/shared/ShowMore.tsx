import { Button, Group, Loader, Text } from "@mantine/core";
import { useRef, useState } from "react";
import { useI18n } from "../i18n/i18n";
import { useFormat } from "./format";

/**
 * A long list drawn in steps: the first `step` rows, then `step` more on each click. For lists the
 * API answers whole because their order needs every row (the financing portfolio: gaps first), where a
 * county's thousands of rows at once would keep the browser busy for seconds. Starts over whenever the
 * list becomes another one (`listKey`: another year, another search), also when it comes back to one
 * shown before.
 */
export function useShownRows<T>(rows: readonly T[], step: number, listKey: unknown, atLeast = 0) {
  const [shown, setShown] = useState({ listKey, count: step });
  // Reset while rendering (React's way of resetting state when a prop changes): no frame with the old count.
  if (!Object.is(shown.listKey, listKey)) setShown({ listKey, count: step });
  // `atLeast`: rows that must be drawn whatever the step (the one an address links to, and those before it).
  const count = Math.max(Object.is(shown.listKey, listKey) ? shown.count : step, atLeast);
  return {
    shown: rows.length > count ? rows.slice(0, count) : rows,
    total: rows.length,
    showMore: () => setShown({ listKey, count: count + step }),
    step,
  };
}

/**
 * Below a list drawn in steps, or asked for a page at a time (then `total` is the API's count and
 * `showMore` asks for the next page and answers when it has come, `loading` meanwhile): how many rows
 * are shown (announced as it changes) and a button for the next step. While a page comes the button
 * keeps the focus (marked busy, a second press does nothing). Once every row is shown the button goes
 * and the focus moves to the count, which says so; a list that fits in one step shows neither.
 */
export function ShowMore({
  shown,
  total,
  showMore,
  step,
  loading = false,
  hasMore,
}: {
  shown: readonly unknown[];
  total: number;
  showMore(): unknown;
  step: number;
  loading?: boolean;
  /** For a list asked for a page at a time: whether the API has a next page (its `hasNextPage`). When
   * the list changed between pages the count and the rows shown no longer add up; this decides. */
  hasMore?: boolean;
}) {
  const { t } = useI18n();
  const { number } = useFormat();
  const status = useRef<HTMLParagraphElement>(null);
  // A page that could not be fetched: said beside the count; the button stays to try again.
  const [failed, setFailed] = useState(false);
  if (total <= step && !hasMore) return null;
  const rest = total - shown.length;
  const more = hasMore ?? rest > 0;
  return (
    <Group justify="space-between" p="sm" data-testid="show-more">
      <Text ref={status} size="sm" c="dimmed" role="status" tabIndex={-1}>
        {t("list.showing", { shown: number(shown.length), total: number(total) })}
        {failed && (
          <Text span c="red" size="sm">
            {" "}
            · {t("state.error")}
          </Text>
        )}
      </Text>
      {more && (
        <Button
          variant="default"
          size="xs"
          // Not Mantine's `loading`, which disables the button and so drops the keyboard's focus to the page.
          aria-busy={loading}
          leftSection={loading ? <Loader size={12} /> : null}
          onClick={async () => {
            if (loading) return;
            const last = rest <= step;
            setFailed(false);
            try {
              await showMore();
            } catch {
              setFailed(true);
              return;
            }
            // The last step removes the button: the focus goes to what replaces it, not to the page's start.
            if (last) queueMicrotask(() => status.current?.focus());
          }}
        >
          {t("list.showMore", { count: number(rest > 0 ? Math.min(step, rest) : step) })}
        </Button>
      )}
    </Group>
  );
}
