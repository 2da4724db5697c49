import { label, reportKindLabels, reportStatusLabels } from "@bk/domain";
import { Button, Paper, Table, Text, Title } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import { ActionsHeader } from "../../shared/ActionsHeader";
import { useFormat } from "../../shared/format";
import { ScrollTable } from "../../shared/ScrollTable";
import type { Dialog } from "./GrantDialogs";
import type { GrantDetail } from "./GrantFacts";

export function GrantReports({ reports, open }: { reports: GrantDetail["reportRequirements"]; open?(d: Dialog): void }) {
  const { t, locale } = useI18n();
  const f = useFormat();
  return (
    <Paper withBorder p="md" radius="md" component="section">
      <Title order={2} size="h4" mb="sm">
        {t("grant.reports")}
      </Title>
      {reports.length === 0 ? (
        <Text c="dimmed">{t("grant.noReports")}</Text>
      ) : (
        <ScrollTable label={t("grant.reports")}>
          <Table miw={{ base: 480, sm: "auto" }}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("grant.report.kind")}</Table.Th>
                <Table.Th>{t("grant.report.title")}</Table.Th>
                <Table.Th>{t("grant.report.due")}</Table.Th>
                <Table.Th>{t("grant.report.status")}</Table.Th>
                {open && <ActionsHeader />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {reports.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{label(reportKindLabels, r.kind, locale)}</Table.Td>
                  <Table.Td>{r.title}</Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>{f.date(r.dueDate)}</Table.Td>
                  <Table.Td>
                    {label(reportStatusLabels, r.status, locale)}
                    {r.receivedDate ? ` ${f.date(r.receivedDate)}` : ""}
                  </Table.Td>
                  {open && (
                    <Table.Td>
                      <Button size="compact-xs" variant="default" onClick={() => open({ kind: "editReport", report: r })}>
                        {t("report.edit")}
                      </Button>
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
