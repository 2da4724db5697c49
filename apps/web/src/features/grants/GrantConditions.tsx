import { conditionStatusLabels, label } from "@bk/domain";
import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import { ActionsHeader } from "../../shared/ActionsHeader";
import { useFormat } from "../../shared/format";
import { ScrollTable } from "../../shared/ScrollTable";
import type { Dialog } from "./GrantDialogs";
import type { GrantDetail } from "./GrantFacts";
import { SourceLink } from "./SourceLink";

export function GrantConditions({ conditions, open }: { conditions: GrantDetail["conditions"]; open?(d: Dialog): void }) {
  const { t, locale } = useI18n();
  const f = useFormat();
  return (
    <Paper withBorder p="md" radius="md" component="section" data-testid="conditions">
      <Title order={2} size="h4" mb="sm">
        {t("grant.conditions")}
      </Title>
      {conditions.length === 0 ? (
        <Text c="dimmed">{t("grant.noConditions")}</Text>
      ) : (
        <ScrollTable label={t("grant.conditions")}>
          <Table miw={{ base: 560, sm: "auto" }} verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("grant.condition.text")}</Table.Th>
                <Table.Th>{t("grant.condition.due")}</Table.Th>
                <Table.Th>{t("grant.condition.blocks")}</Table.Th>
                <Table.Th miw={110}>{t("grant.condition.status")}</Table.Th>
                {open && <ActionsHeader />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {conditions.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Stack gap={4}>
                      <Text size="sm">{c.text}</Text>
                      {c.evidence && (
                        <Text size="xs" c="dimmed">
                          {t("grant.condition.evidence")}: {c.evidence}
                        </Text>
                      )}
                      {c.sourcePassage && <SourceLink passage={c.sourcePassage} />}
                    </Stack>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }} data-testid="condition-due">
                    {f.date(c.dueDate)}
                  </Table.Td>
                  <Table.Td>{c.blocksPayment ? t("yes") : t("no")}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={c.status === "OPEN" ? "yellow" : "green"}>
                      {label(conditionStatusLabels, c.status, locale)}
                    </Badge>
                  </Table.Td>
                  {open && (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        {c.status === "OPEN" && (
                          <Button size="compact-xs" onClick={() => open({ kind: "resolveCondition", condition: c })}>
                            {t("condition.resolve")}
                          </Button>
                        )}
                        <Button size="compact-xs" variant="default" onClick={() => open({ kind: "editCondition", condition: c })}>
                          {t("condition.edit")}
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Paper>
  );
}
