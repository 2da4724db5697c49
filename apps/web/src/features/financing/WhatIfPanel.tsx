import type { WhatIf } from "@bk/domain";
import { compareMoney, parseAmountText } from "@bk/domain";
import { Alert, Button, Group, Loader, Paper, SegmentedControl, Stack, Text, TextInput, Title } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import { useFormat } from "../../shared/format";
import type { FinancingProject } from "./useProjectFinancing";

type Choice = "AS_IS" | "GRANTED" | "PARTIALLY_GRANTED" | "REJECTED";

/**
 * For each pending application (all of them, as the API lists them): as now, granted in full, in
 * part (amount) or rejected. The choices go to the API, which answers with the figures; nothing is saved.
 */
export function WhatIfPanel({
  project,
  whatIf,
  onChange,
  computing,
}: {
  project: FinancingProject;
  whatIf: WhatIf;
  onChange(w: WhatIf): void;
  /** The API is computing the figures for the latest choices (the previous figures stay meanwhile). */
  computing: boolean;
}) {
  const { t } = useI18n();
  const f = useFormat();
  const pending = project.pendingApplications;
  const set = (id: string, choice: Choice, amount?: string | null) => {
    const next = { ...whatIf };
    if (choice === "AS_IS") delete next[id];
    else next[id] = { outcome: choice, amount: amount ?? next[id]?.amount ?? null };
    onChange(next);
  };
  return (
    <Paper withBorder p="md" radius="md" component="section" data-testid="what-if" className="no-print">
      <Group justify="space-between" wrap="nowrap">
        <Title order={2} size="h4">
          {t("fin.whatIf")}
        </Title>
        {computing && Object.keys(whatIf).length > 0 && (
          <Loader size="xs" role="status" aria-label={t("state.loading")} data-testid="what-if-computing" />
        )}
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t("fin.whatIfIntro")}
      </Text>
      {pending.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t("fin.whatIfNone")}
        </Text>
      ) : (
        <Stack>
          {Object.keys(whatIf).length > 0 && (
            <Alert color="yellow" py="xs">
              <Group justify="space-between">
                <Text size="sm">{t("fin.whatIf.active")}</Text>
                <Button size="compact-xs" variant="default" onClick={() => onChange({})}>
                  {t("fin.whatIf.reset")}
                </Button>
              </Group>
            </Alert>
          )}
          {pending.map((g) => {
            const current = whatIf[g.id];
            const typed = current?.outcome === "PARTIALLY_GRANTED" && current.amount ? parseAmountText(current.amount) : "0";
            // "60 000 kr", "0,5 mkr" are amounts; a negative one or text that is not an amount is said, not sent.
            const amountError =
              typed === null ? t("fin.whatIf.amountInvalid") : compareMoney(typed, "0") < 0 ? t("fin.whatIf.amountNegative") : undefined;
            return (
              <Stack key={g.id} gap={6} data-grant={g.title}>
                <Text size="sm" fw={500}>
                  {g.funder.name}: {g.title} ({f.money(g.amountApplied)})
                </Text>
                <SegmentedControl
                  size="xs"
                  fullWidth
                  // Four choices share a narrow panel: a long label wraps rather than widening it.
                  styles={{ label: { whiteSpace: "normal", lineHeight: 1.2 } }}
                  value={current?.outcome ?? "AS_IS"}
                  onChange={(v) => set(g.id, v as Choice)}
                  data={[
                    { value: "AS_IS", label: t("fin.whatIf.asIs") },
                    { value: "GRANTED", label: t("fin.whatIf.full") },
                    { value: "PARTIALLY_GRANTED", label: t("fin.whatIf.partial") },
                    { value: "REJECTED", label: t("fin.whatIf.rejected") },
                  ]}
                />
                {current?.outcome === "PARTIALLY_GRANTED" && (
                  <TextInput
                    size="xs"
                    w={200}
                    label={t("fin.whatIf.amount")}
                    inputMode="decimal"
                    defaultValue={current.amount ?? ""}
                    error={amountError}
                    onChange={(e) => set(g.id, "PARTIALLY_GRANTED", e.currentTarget.value)}
                  />
                )}
              </Stack>
            );
          })}
        </Stack>
      )}
    </Paper>
  );
}
