import { contributionStatusLabels, label } from "@bk/domain";
import { ActionIcon, Badge, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import { useFormat } from "../../shared/format";
import type { FinancingProject } from "./useProjectFinancing";

type Contribution = FinancingProject["contributions"][number];
const COLOR = { PLEDGED: "blue", COMMITTED: "teal", RECEIVED: "green" } as const;

/** Partners × years as the API groups them: each cell the amount (or what in kind) and its status; click to edit. */
export function CoFinancingMatrix({ project, onEdit }: { project: FinancingProject; onEdit?: (c: Contribution) => void }) {
  const { t, locale } = useI18n();
  const f = useFormat();
  const { years, partners } = project.coFinancing;
  const contribution = (id: string) => project.contributions.find((c) => c.id === id);
  return (
    <Paper withBorder p="md" radius="md" component="section" data-testid="matrix">
      <Title order={2} size="h4" mb="sm">
        {t("fin.matrix")}
      </Title>
      {partners.length === 0 ? (
        <Text c="dimmed">{t("fin.matrixEmpty")}</Text>
      ) : (
        <Table.ScrollContainer minWidth={200 + years.length * 190}>
          <Table fz="sm" withColumnBorders>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("fin.partner")}</Table.Th>
                {years.map((y) => (
                  <Table.Th key={y} ta="right" miw={190}>
                    {y}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {partners.map(({ organisationId, name, cells }) => (
                <Table.Tr key={organisationId}>
                  <Table.Td>{name}</Table.Td>
                  {cells.map(({ year: y, contributions }) => (
                    <Table.Td key={y} ta="right">
                      <Stack gap={2} align="flex-end">
                        {contributions.map((c) => {
                          const editable = onEdit && contribution(c.contributionId);
                          return (
                            <Group key={c.contributionId} gap={4} wrap="nowrap" justify="flex-end">
                              <Text size="sm" span title={c.description ?? undefined}>
                                {c.amount ? f.money(c.amount) : (c.description ?? t("fin.kind.IN_KIND"))}
                              </Text>
                              <Badge size="xs" variant="light" color={COLOR[c.status]}>
                                {label(contributionStatusLabels, c.status, locale)}
                              </Badge>
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
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
