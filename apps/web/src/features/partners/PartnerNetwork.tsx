import { useQuery } from "@apollo/client/react";
import { label, partnerRoleLabels } from "@bk/domain";
import { Anchor, Badge, Paper, Stack, Table, Text } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import { QueryState } from "../../shared/QueryState";
import { Link } from "../../shared/router";
import { ScrollTable } from "../../shared/ScrollTable";
import { NETWORK } from "./partners.queries";

const years = (from?: number | null, to?: number | null) =>
  from == null ? "" : to == null ? `${from}–` : from === to ? `${from}` : `${from}–${to}`;

/** Projects × partners: each cell the partner's roles in the project and their years. */
export function PartnerNetwork() {
  const { t, locale } = useI18n();
  const { data, loading, error, refetch } = useQuery(NETWORK);
  const roles = data?.partnerRoles.edges.map((e) => e.node) ?? [];
  const projects = [...new Map(roles.map((r) => [r.project.id, r.project.name])).entries()].sort((a, b) => a[1].localeCompare(b[1], "sv"));
  const orgs = [...new Map(roles.map((r) => [r.organisation.id, r.organisation.name])).entries()].sort((a, b) =>
    a[1].localeCompare(b[1], "sv"),
  );
  return (
    <QueryState loading={loading && !data} error={error} onRetry={() => refetch()}>
      <Text c="dimmed" size="sm" mb="sm">
        {t("org.networkIntro")}
      </Text>
      <Paper withBorder radius="md">
        <ScrollTable label={t("org.network")} minWidth={220 + projects.length * 170}>
          <Table withColumnBorders fz="xs" data-testid="network">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("export.col.organisation")}</Table.Th>
                {projects.map(([id, name]) => (
                  <Table.Th key={id} miw={160}>
                    {name}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {orgs.map(([orgId, orgName]) => (
                <Table.Tr key={orgId}>
                  <Table.Td>
                    <Anchor component={Link} to={`/partners/${encodeURIComponent(orgId)}`} size="xs">
                      {orgName}
                    </Anchor>
                  </Table.Td>
                  {projects.map(([projectId]) => (
                    <Table.Td key={projectId}>
                      <Stack gap={2}>
                        {roles
                          .filter((r) => r.organisation.id === orgId && r.project.id === projectId)
                          .map((r) => (
                            <Badge key={r.id} size="xs" variant="light" style={{ textTransform: "none" }}>
                              {label(partnerRoleLabels, r.role, locale)} {years(r.fromYear, r.toYear)}
                            </Badge>
                          ))}
                      </Stack>
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </Paper>
    </QueryState>
  );
}
