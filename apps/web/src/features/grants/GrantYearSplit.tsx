import { Paper, Table, Title } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import { useFormat } from "../../shared/format";
import type { GrantDetail } from "./GrantFacts";

export function GrantYearSplit({ yearAmounts }: { yearAmounts: GrantDetail["yearAmounts"] }) {
  const { t } = useI18n();
  const f = useFormat();
  if (!yearAmounts.length) return null;
  return (
    <Paper withBorder p="md" radius="md" component="section">
      <Title order={2} size="h4" mb="sm">
        {t("grant.yearSplit")}
      </Title>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("grant.year")}</Table.Th>
            <Table.Th ta="right">{t("grant.amountApplied")}</Table.Th>
            <Table.Th ta="right">{t("grant.amountGranted")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {yearAmounts.map((y) => (
            <Table.Tr key={y.id}>
              <Table.Td>{y.year}</Table.Td>
              <Table.Td ta="right">{f.money(y.amountApplied)}</Table.Td>
              <Table.Td ta="right">{f.money(y.amountGranted)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
