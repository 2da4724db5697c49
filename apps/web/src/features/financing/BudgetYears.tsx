import { Button, Group, Paper, Table, Text, Title } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import { useFormat } from "../../shared/format";
import { useServerMutation } from "../../shared/forms/useServerMutation";
import { ScrollTable } from "../../shared/ScrollTable";
import { DELETE_BUDGET_YEAR } from "./financing.queries";
import type { FinancingProject } from "./useProjectFinancing";

/** The recorded budget need per year, with edit and remove. */
export function BudgetYears({
  project,
  onEdit,
  onAdd,
  onSaved,
}: {
  project: FinancingProject;
  /** Without these the budget is shown, not changed (a viewer who may not change it). */
  onEdit?: (b: FinancingProject["budgetYears"][number]) => void;
  onAdd?: () => void;
  /** After a year is removed (the computed figures are then asked for again). */
  onSaved?: () => void;
}) {
  const { t } = useI18n();
  const f = useFormat();
  const remove = useServerMutation(DELETE_BUDGET_YEAR, t("fin.budget.deleted"), { toast: true });
  return (
    <Paper withBorder p="md" radius="md" component="section" data-testid="budget" className="no-print">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {t("fin.budget")}
        </Title>
        {onAdd && (
          <Button size="xs" onClick={onAdd}>
            {t("fin.budget.add")}
          </Button>
        )}
      </Group>
      {project.budgetYears.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("fin.needDerived")}
        </Text>
      ) : (
        <ScrollTable label={t("fin.budget")} minWidth={300}>
          <Table fz="sm">
            <Table.Tbody>
              {project.budgetYears.map((b) => (
                <Table.Tr key={b.id}>
                  <Table.Td>{b.year}</Table.Td>
                  <Table.Td ta="right">{f.money(b.amount)}</Table.Td>
                  <Table.Td ta="right">{b.ownFunding ? `${t("fin.budget.own")}: ${f.money(b.ownFunding)}` : ""}</Table.Td>
                  <Table.Td>
                    <Group gap={4} justify="flex-end" display={onEdit ? undefined : "none"}>
                      <Button size="compact-xs" variant="default" onClick={() => onEdit?.(b)}>
                        {t("fin.edit")}
                      </Button>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        onClick={async () => {
                          if (await remove.run({ projectId: project.id, year: b.year, expectedVersion: b.version })) onSaved?.();
                        }}
                      >
                        {t("fin.delete")}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Paper>
  );
}
