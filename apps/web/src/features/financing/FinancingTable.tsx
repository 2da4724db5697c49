import { Badge, Paper, Table, Text, Title } from "@mantine/core";
import { Fragment } from "react";
import { useI18n } from "../../i18n/i18n";
import type { MessageKey } from "../../i18n/messages";
import { useFormat } from "../../shared/format";
import { ScrollTable } from "../../shared/ScrollTable";
import { GapText } from "./GapText";
import type { FinancingYear } from "./useProjectFinancing";

const STATE_COLOR: Record<string, string> = { SECURED: "teal", PENDING: "blue", NOT_COUNTED: "gray" };

/** Every source per year with the year's need, secured, pending and gap: the committee table. */
export function FinancingTable({ years }: { years: FinancingYear[] }) {
  const { t } = useI18n();
  const f = useFormat();
  return (
    <Paper withBorder p="md" radius="md" component="section" data-testid="financing-table" className="print-keep">
      <Title order={2} size="h4" mb="sm">
        {t("fin.table")}
      </Title>
      <ScrollTable label={t("fin.table")} minWidth={560}>
        <Table fz="sm" layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("fin.source")}</Table.Th>
              <Table.Th w={90}>{t("fin.kind")}</Table.Th>
              <Table.Th w={150}>{t("fin.state")}</Table.Th>
              <Table.Th w={130} ta="right">
                {t("fin.amount")}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {years.map((y) => (
              <Fragment key={y.year}>
                <Table.Tr bg="var(--mantine-color-gray-1)" data-year={y.year}>
                  <Table.Td colSpan={4}>
                    <Text fw={700}>{y.year}</Text>
                  </Table.Td>
                </Table.Tr>
                {y.sources.map((l) => (
                  <Table.Tr key={`${y.year}-${l.key}`}>
                    <Table.Td>
                      {l.label}
                      {l.detail && l.detail !== "om" && (
                        <Text size="xs" c="dimmed">
                          {l.detail}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{t(`fin.kind.${l.kind}` as MessageKey)}</Table.Td>
                    <Table.Td>
                      <Badge size="sm" variant="light" color={STATE_COLOR[l.state]}>
                        {t(`fin.state.${l.state}` as MessageKey)}
                        {l.detail === "om" ? " (?)" : ""}
                      </Badge>
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                      {l.amount == null ? (
                        <Text size="sm" c="dimmed" span>
                          {t("fin.unknown")}
                        </Text>
                      ) : (
                        f.money(l.amount)
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
                <Table.Tr data-row="need">
                  <Table.Td colSpan={3} fw={600} title={y.needSource === "DERIVED" ? t("fin.needDerived") : undefined}>
                    {t("fin.need")}
                    {y.needSource === "DERIVED" ? " *" : ""}
                  </Table.Td>
                  <Table.Td ta="right" fw={600}>
                    {f.money(y.need)}
                  </Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Td colSpan={3} fw={600}>
                    {t("fin.secured")}
                  </Table.Td>
                  <Table.Td ta="right" fw={600}>
                    {f.money(y.secured)}
                  </Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Td colSpan={3}>{t("fin.pending")}</Table.Td>
                  <Table.Td ta="right">{f.money(y.pending)}</Table.Td>
                </Table.Tr>
                <Table.Tr data-row="gap">
                  <Table.Td colSpan={3} fw={700}>
                    {t("fin.gap")}
                  </Table.Td>
                  <Table.Td ta="right">
                    <GapText year={y} />
                  </Table.Td>
                </Table.Tr>
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Paper>
  );
}
