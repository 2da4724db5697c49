import { contributionStatusLabels, label } from "@bk/domain";
import { ActionIcon, Badge, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import { useFormat } from "../../shared/format";
import { ScrollTable } from "../../shared/ScrollTable";
import type { FinancingProject } from "./useProjectFinancing";

type Contribution = FinancingProject["contributions"][number];
const COLOR = { PLEDGED: "blue", COMMITTED: "teal", RECEIVED: "green" } as const;

/** Partners × years as the API groups them: each cell the amount (or what in kind) and its status; click to edit. */
export function CoFinancingMatrix({ project, onEdit }: { project: FinancingProject; onEdit?: (c: Contribution) => void }) {
  const { t, locale } = useI18n();
  const f = useFormat();
  const { years, partners, yearTotals, total } = project.coFinancing;
  const contribution = (id: string) => project.contributions.find((c) => c.id === id);
  return (
    <Paper withBorder p="md" radius="md" component="section" data-testid="matrix">
      <Title order={2} size="h4" mb="sm">
        {t("fin.matrix")}
      </Title>
      {partners.length === 0 ? (
        <Text c="dimmed">{t("fin.matrixEmpty")}</Text>
      ) : (
        // Amount above its status: a year's column stays narrow, so seven years fit a wide screen.
        <ScrollTable label={t("fin.matrix")} minWidth={220 + (years.length + 1) * 120}>
          <Table fz="sm" withColumnBorders>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("fin.partner")}</Table.Th>
                {years.map((y) => (
                  <Table.Th key={y} ta="right" miw={110}>
                    {y}
                  </Table.Th>
                ))}
                <Table.Th ta="right">{t("fin.matrixTotal")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {partners.map(({ organisationId, name, cells, total: partnerTotal }) => (
                <Table.Tr key={organisationId}>
                  <Table.Td>{name}</Table.Td>
                  {cells.map(({ year: y, contributions }) => (
                    <Table.Td key={y} ta="right">
                      <Stack gap={2} align="flex-end">
                        {contributions.map((c) => {
                          const editable = onEdit && contribution(c.contributionId);
                          return (
                            <Group key={c.contributionId} gap={4} wrap="nowrap" justify="flex-end" align="flex-start">
                              <Stack gap={0} align="flex-end">
                                <Text
                                  size="sm"
                                  span
                                  title={c.description ?? undefined}
                                  // An amount on one line; a description of something in kind wraps within the column.
                                  style={c.amount ? { whiteSpace: "nowrap" } : { maxWidth: 140, textAlign: "right" }}
                                >
                                  {c.amount ? f.money(c.amount) : (c.description ?? t("fin.kind.IN_KIND"))}
                                </Text>
                                <Badge size="xs" variant="light" color={COLOR[c.status]}>
                                  {label(contributionStatusLabels, c.status, locale)}
                                </Badge>
                              </Stack>
                              {editable && (
                                <ActionIcon
                                  size="xs"
                                  variant="subtle"
                                  aria-label={`${t("fin.edit")} ${name} ${y}`}
                                  onClick={() => onEdit(editable)}
                                  className="no-print"
                                >
                                  ✎
                                </ActionIcon>
                              )}
                            </Group>
                          );
                        })}
                      </Stack>
                    </Table.Td>
                  ))}
                  <Table.Td ta="right" fw={600} style={{ whiteSpace: "nowrap" }}>
                    {f.money(partnerTotal)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr data-testid="matrix-totals">
                <Table.Th>{t("fin.matrixTotal")}</Table.Th>
                {yearTotals.map((y) => (
                  <Table.Th key={y.year} ta="right" style={{ whiteSpace: "nowrap" }}>
                    {f.money(y.amount)}
                  </Table.Th>
                ))}
                <Table.Th ta="right" style={{ whiteSpace: "nowrap" }}>
                  {f.money(total)}
                </Table.Th>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </ScrollTable>
      )}
    </Paper>
  );
}
