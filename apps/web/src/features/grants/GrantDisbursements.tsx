import { disbursementStatusLabels, label } from "@bk/domain";
import { Button, Paper, Table, Text, Title } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import { ActionsHeader } from "../../shared/ActionsHeader";
import { useFormat } from "../../shared/format";
import { ScrollTable } from "../../shared/ScrollTable";
import type { Dialog } from "./GrantDialogs";
import type { GrantDetail } from "./GrantFacts";

export function GrantDisbursements({ disbursements, open }: { disbursements: GrantDetail["disbursements"]; open?(d: Dialog): void }) {
  const { t, locale } = useI18n();
  const f = useFormat();
  return (
    <Paper withBorder p="md" radius="md" component="section" data-testid="disbursements">
      <Title order={2} size="h4" mb="sm">
        {t("grant.disbursements")}
      </Title>
      {disbursements.length === 0 ? (
        <Text c="dimmed">{t("grant.noDisbursements")}</Text>
      ) : (
        <ScrollTable label={t("grant.disbursements")}>
          <Table miw={{ base: 480, sm: "auto" }}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th ta="right">{t("grant.disbursement.amount")}</Table.Th>
                <Table.Th>{t("grant.disbursement.planned")}</Table.Th>
                <Table.Th>{t("grant.disbursement.paid")}</Table.Th>
                <Table.Th>{t("grant.disbursement.status")}</Table.Th>
                {open && <ActionsHeader />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {disbursements.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td ta="right">{f.money(d.amount)}</Table.Td>
                  <Table.Td>{f.date(d.plannedDate)}</Table.Td>
                  <Table.Td>{f.date(d.paidDate)}</Table.Td>
                  <Table.Td>{label(disbursementStatusLabels, d.status, locale)}</Table.Td>
                  {open && (
                    <Table.Td>
                      {d.status === "PLANNED" && (
                        <Button size="compact-xs" onClick={() => open({ kind: "markPaid", disbursement: d })}>
                          {t("disbursement.markPaid")}
                        </Button>
                      )}
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
