import type { WhatIf } from "@bk/domain";
import { AWAITING_DECISION, parseMoney } from "@bk/domain";
import { Alert, Button, Group, Paper, SegmentedControl, Stack, Text, TextInput, Title } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import { useFormat } from "../../shared/format";
import type { FinancingProject } from "./useProjectFinancing";

type Choice = "AS_IS" | "GRANTED" | "PARTIALLY_GRANTED" | "REJECTED";

/** For each pending application: as now, granted in full, in part (amount) or rejected. Nothing is saved. */
export function WhatIfPanel({ project, whatIf, onChange }: { project: FinancingProject; whatIf: WhatIf; onChange(w: WhatIf): void }) {
  const { t } = useI18n();
  const f = useFormat();
  const pending = project.grants.edges.map((e) => e.node).filter((g) => AWAITING_DECISION.includes(g.status));
  const set = (id: string, choice: Choice, amount?: string | null) => {
    const next = { ...whatIf };
    if (choice === "AS_IS") delete next[id];
    else next[id] = { outcome: choice, amount: amount ?? next[id]?.amount ?? null };
    onChange(next);
  };
  return (
    <Paper withBorder p="md" radius="md" component="section" data-testid="what-if" className="no-print">
      <Title order={2} size="h4">
        {t("fin.whatIf")}
      </Title>
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
            const amountInvalid = current?.outcome === "PARTIALLY_GRANTED" && !!current.amount && parseMoney(current.amount) === null;
            return (
              <Stack key={g.id} gap={6} data-grant={g.title}>
                <Text size="sm" fw={500}>
                  {g.funder.name}: {g.title} ({f.money(g.amountApplied)})
                </Text>
                <SegmentedControl
                  size="xs"
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
                    error={amountInvalid ? "Ange ett belopp i kronor" : undefined}
                    onChange={(e) => set(g.id, "PARTIALLY_GRANTED", parseMoney(e.currentTarget.value) ?? e.currentTarget.value)}
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
