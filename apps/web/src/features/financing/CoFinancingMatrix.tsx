import { contributionStatusLabels, label } from "@bk/domain";
import { ActionIcon, Badge, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import { useFormat } from "../../shared/format";
import type { FinancingProject } from "./useProjectFinancing";

type Contribution = FinancingProject["contributions"][number];
const COLOR = { PLEDGED: "blue", COMMITTED: "teal", RECEIVED: "green" } as const;

/** Partners × years: each cell the amount (or what in kind) and its status; click to edit. */
export function CoFinancingMatrix({ project, onEdit }: { project: FinancingProject; onEdit?: (c: Contribution) => void }) {
  const { t, locale } = useI18n();
  const f = useFormat();
  const years = [...new Set(project.contributions.map((c) => c.year))].sort();
  const partners = [...new Map(project.contributions.map((c) => [c.organisation.id, c.organisation.name])).entries()].sort((a, b) =>
    a[1].localeCompare(b[1], "sv"),
  );
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
              {partners.map(([id, name]) => (
                <Table.Tr key={id}>
                  <Table.Td>{name}</Table.Td>
                  {years.map((y) => (
                    <Table.Td key={y} ta="right">
                      <Stack gap={2} align="flex-end">
                        {project.contributions
                          .filter((c) => c.organisation.id === id && c.year === y)
                          .map((c) => (
                            <Group key={c.id} gap={4} wrap="nowrap" justify="flex-end">
                              <Text size="sm" span title={c.description ?? undefined}>
                                {c.amount ? f.money(c.amount) : (c.description ?? t("fin.kind.IN_KIND"))}
                              </Text>
                              <Badge size="xs" variant="light" color={COLOR[c.status]}>
                                {label(contributionStatusLabels, c.status, locale)}
                              </Badge>
                              {onEdit && (
                                <ActionIcon
                                  size="xs"
                                  variant="subtle"
                                  aria-label={`${t("fin.edit")} ${name} ${y}`}
                                  onClick={() => onEdit(c)}
                                  className="no-print"
                                >
                                  ✎
                                </ActionIcon>
                              )}
                            </Group>
                          ))}
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
