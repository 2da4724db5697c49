import { Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import { useFormat } from "../../shared/format";
import { GapText } from "./GapText";
import type { FinancingYear } from "./useProjectFinancing";

/** The reference year and the next: need, secured, pending and gap at a glance. */
export function FinancingSummary({ years, referenceYear }: { years: FinancingYear[]; referenceYear: number }) {
  const { t } = useI18n();
  const f = useFormat();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      {[referenceYear, referenceYear + 1].map((year) => {
        const y = years.find((x) => x.year === year);
        return (
          <Paper key={year} withBorder p="md" radius="md" data-testid={`summary-${year}`}>
            <Text fw={700} size="lg">
              {year}
            </Text>
            {!y ? (
              <Text c="dimmed">{t("fin.noData")}</Text>
            ) : (
              // Four figures side by side where the card (not the screen) is wide enough, else two by two.
              <SimpleGrid type="container" cols={{ base: 2, "420px": 4 }} mt="xs">
                <Stack gap={0}>
                  <Text size="xs" c="dimmed" title={y.needSource === "DERIVED" ? t("fin.needDerived") : undefined}>
                    {t("fin.need")}
                    {y.needSource === "DERIVED" ? " *" : ""}
                  </Text>
                  <Text fw={600} data-testid="need">
                    {f.money(y.need)}
                  </Text>
                </Stack>
                <Stack gap={0}>
                  <Text size="xs" c="dimmed">
                    {t("fin.secured")}
                  </Text>
                  <Text fw={600} data-testid="secured">
                    {f.money(y.secured)}
                  </Text>
                </Stack>
                <Stack gap={0}>
                  <Text size="xs" c="dimmed">
                    {t("fin.pending")}
                  </Text>
                  <Text fw={600} data-testid="pending">
                    {f.money(y.pending)}
                  </Text>
                </Stack>
                <Stack gap={0}>
                  <Text size="xs" c="dimmed">
                    {t("fin.gap")}
                  </Text>
                  <span data-testid="gap">
                    <GapText year={y} />
                  </span>
                </Stack>
              </SimpleGrid>
            )}
            {y?.needSource === "DERIVED" && (
              <Text size="xs" c="dimmed" mt="xs">
                * {t("fin.needDerived")}
              </Text>
            )}
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}
