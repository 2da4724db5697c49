import { Paper, Table, Text, Title } from "@mantine/core";
import { useI18n } from "../i18n/i18n";

export type AuditTrailEntry = {
  id: string;
  createdAt: string;
  actor: string;
  action: string;
  entityType: string;
  field?: string | null;
  before?: string | null;
  after?: string | null;
};

/** Every recorded change of a grant, project, organisation, agreement or indicator: who, when, which field, before and after. */
export function AuditTrail({ entries }: { entries: readonly AuditTrailEntry[] }) {
  const { t } = useI18n();
  return (
    <Paper withBorder p="md" radius="md" component="section" data-testid="audit">
      <Title order={2} size="h4" mb="sm">
        {t("audit.title")}
      </Title>
      {entries.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t("audit.empty")}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table fz="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("audit.when")}</Table.Th>
                <Table.Th>{t("audit.who")}</Table.Th>
                <Table.Th>{t("audit.what")}</Table.Th>
                <Table.Th>{t("audit.before")}</Table.Th>
                <Table.Th>{t("audit.after")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...entries].reverse().map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    {new Date(a.createdAt).toLocaleString("sv-SE", { timeZone: "Europe/Stockholm" })}
                  </Table.Td>
                  <Table.Td>{a.actor}</Table.Td>
                  <Table.Td>
                    {a.entityType} {a.action}
                    {a.field ? ` · ${a.field}` : ""}
                  </Table.Td>
                  <Table.Td>{a.before ?? "–"}</Table.Td>
                  <Table.Td>{a.after ?? "–"}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
