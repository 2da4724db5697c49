import { Button, NavLink, Paper, Title } from "@mantine/core";
import type { IndicatorFieldsFragment } from "../../gql/graphql";
import { useI18n } from "../../i18n/i18n";
import { useFormat } from "../../shared/format";

/** The indicators to choose from, each with how many values it has; the next hundred on request. */
export function IndicatorList({
  indicators,
  chosenId,
  total,
  hasMore,
  onMore,
  onChoose,
  titled,
}: {
  indicators: readonly IndicatorFieldsFragment[];
  chosenId: string | null;
  total: number;
  hasMore: boolean;
  onMore(): void;
  onChoose(id: string): void;
  /** With a heading of its own (on a phone, where it comes after the chosen indicator). */
  titled: boolean;
}) {
  const { t } = useI18n();
  const f = useFormat();
  return (
    <Paper withBorder radius="md" p="xs" data-testid="indicators">
      {titled && (
        <Title order={2} size="h5" px="xs" pb={4}>
          {t("stat.indicators")}
        </Title>
      )}
      {indicators.map((i) => (
        <NavLink
          key={i.id}
          label={i.name}
          description={`${f.number(i.observationCount)} · ${i.unit}`}
          active={i.id === chosenId}
          onClick={() => onChoose(i.id)}
        />
      ))}
      {hasMore && (
        <Button variant="subtle" size="xs" fullWidth mt="xs" onClick={onMore}>
          {t("stat.moreIndicators", { shown: f.number(indicators.length), total: f.number(total) })}
        </Button>
      )}
    </Paper>
  );
}
