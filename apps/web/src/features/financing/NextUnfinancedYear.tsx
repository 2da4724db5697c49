import { Anchor, Badge, Group, Stack, Text } from "@mantine/core";
import type { FinancingPortfolioQuery } from "../../gql/graphql";
import { useI18n } from "../../i18n/i18n";
import type { MessageKey } from "../../i18n/messages";
import { Link } from "../../shared/router";
import { GapText } from "./GapText";

type Row = FinancingPortfolioQuery["financingPortfolio"][number];

/**
 * A portfolio row's next unfinanced year: the year (leading to the project's financing for it), its gap,
 * and its warnings in short, with how many possible sources the financing page names for the gap.
 */
export function NextUnfinancedYear({ row }: { row: Row }) {
  const { t } = useI18n();
  const next = row.nextUnfinancedYear;
  if (!next) {
    return (
      <Text size="sm" c="dimmed" span>
        {t("fin.nextUnfinancedNone")}
      </Text>
    );
  }
  const sources = row.nextUnfinancedWarnings.reduce((n, w) => n + w.possibleSourceCount, 0);
  return (
    <Stack gap={4} data-testid="next-unfinanced" data-year={next.year}>
      <Group gap={6} wrap="nowrap">
        <Anchor component={Link} to={`/financing/${encodeURIComponent(row.projectId)}?year=${next.year}`} size="sm" fw={500}>
          {next.year}
        </Anchor>
        <GapText year={next} />
      </Group>
      <Group gap={4}>
        {row.nextUnfinancedWarnings
          .filter((w) => w.kind !== "YEAR_GAP")
          .map((w) => (
            <Badge key={w.kind} size="sm" variant="light" color={w.kind === "INCOMPLETE_FIGURES" ? "gray" : "orange"} data-kind={w.kind}>
              {t(`fin.warningShort.${w.kind}` as MessageKey)}
            </Badge>
          ))}
        {sources > 0 && (
          <Badge size="sm" variant="light" color="blue" data-testid="next-unfinanced-sources">
            {t("fin.possibleSourcesCount", { count: sources })}
          </Badge>
        )}
      </Group>
    </Stack>
  );
}
