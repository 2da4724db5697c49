import { label, partnerRoleLabels, projectPhaseLabels } from "@bk/domain";
import { Badge, Group, Paper, Table, Text, Title } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import { ProjectLink } from "../projects/ProjectLink";
import type { GrantDetail } from "./GrantFacts";

const years = (from?: number | null, to?: number | null) =>
  from == null ? "" : to == null ? `${from}–` : from === to ? String(from) : `${from}–${to}`;

/** The project the grant supports and everyone who takes part in it. */
export function GrantProjectCard({ project }: { project: GrantDetail["project"] }) {
  const { t, locale } = useI18n();
  return (
    <Paper withBorder p="md" radius="md" component="section" id="project" data-testid="project-card">
      <Title order={2} size="h4" mb="sm">
        {t("grant.projectCard")}
      </Title>
      {!project ? (
        <Text c="dimmed">{t("grant.noProject")}</Text>
      ) : (
        <>
          <Group gap="sm" mb="xs">
            <Text fw={600}>
              <ProjectLink project={project} />
            </Text>
            <Badge variant="outline">{label(projectPhaseLabels, project.phase, locale)}</Badge>
          </Group>
          {project.description && (
            <Text size="sm" mb="xs">
              {project.description}
            </Text>
          )}
          {project.owner && (
            <Text size="sm">
              <b>{t("grant.projectOwner")}:</b> {project.owner.name}
            </Text>
          )}
          {project.targetGroup && (
            <Text size="sm" mb="sm">
              <b>{t("grant.targetGroup")}:</b> {project.targetGroup}
            </Text>
          )}
          <Title order={3} size="h5" mt="sm" mb="xs">
            {t("grant.partners")}
          </Title>
          <Table data-testid="partners">
            <Table.Tbody>
              {project.partnerRoles.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <Text size="sm">{r.organisation.name}</Text>
                    {r.note && (
                      <Text size="xs" c="dimmed">
                        {r.note}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{label(partnerRoleLabels, r.role, locale)}</Text>
                    <Text size="xs" c="dimmed">
                      {years(r.fromYear, r.toYear)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Paper>
  );
}
