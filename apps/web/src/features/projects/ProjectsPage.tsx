import { useQuery } from "@apollo/client/react";
import { label, ProjectPhase, projectPhaseLabels } from "@bk/domain";
import { Anchor, Badge, Group, Paper, Select, Stack, Table, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useI18n } from "../../i18n/i18n";
import { filterWords } from "../../shared/export/filter-words";
import { TableExport } from "../../shared/export/TableExport";
import { PageHeading } from "../../shared/page-head/PageHeading";
import { QueryState } from "../../shared/QueryState";
import { Link, useQueryParam } from "../../shared/router";
import { ScrollTable } from "../../shared/ScrollTable";
import { projectPeriod } from "./project-period";
import { PROJECTS } from "./projects.queries";
import { projectsTable } from "./projects-export";

/** Every project the viewer may read: who owns and runs it, its phase and period, and how many grants it has. */
export function ProjectsPage() {
  const { t, locale } = useI18n();
  const [params, set] = useQueryParam();
  const text = params.get("q") ?? "";
  const phase = params.get("phase") as ProjectPhase | null;
  const [query] = useDebouncedValue(text, 250);
  const { data, previousData, loading, error, refetch } = useQuery(PROJECTS, {
    variables: { where: { text: query.trim() || null, phase: phase ? { equals: phase } : null } },
  });
  const shown = data ?? previousData;
  const projects = shown?.projects.edges.map((e) => e.node) ?? [];
  return (
    <Stack>
      <PageHeading page="projects" />
      <Group align="flex-end">
        <TextInput label={t("proj.search")} value={text} onChange={(e) => set("q", e.currentTarget.value)} w={{ base: "100%", sm: 280 }} />
        <Select
          label={t("proj.phase")}
          placeholder={t("proj.allPhases")}
          data={Object.values(ProjectPhase).map((p) => ({ value: p, label: label(projectPhaseLabels, p, locale) }))}
          value={phase}
          onChange={(v) => set("phase", v)}
          clearable
          w={{ base: "100%", sm: 220 }}
        />
        <TableExport
          testId="projects-export"
          title={t("proj.title")}
          filters={filterWords([
            [t("proj.search"), text],
            [t("proj.phase"), phase ? label(projectPhaseLabels, phase, locale) : null],
          ])}
          disabled={!shown}
          load={() => projectsTable(projects, t, locale)}
        />
      </Group>
      <QueryState
        loading={loading && !shown}
        error={error}
        empty={!loading && projects.length === 0}
        emptyText={t("proj.empty")}
        onRetry={() => refetch()}
      >
        <Paper withBorder radius="md">
          <ScrollTable label={t("proj.title")} minWidth={720}>
            <Table verticalSpacing="sm" striped data-testid="projects">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("proj.title")}</Table.Th>
                  <Table.Th>{t("proj.owner")}</Table.Th>
                  <Table.Th>{t("proj.phase")}</Table.Th>
                  <Table.Th>{t("proj.period")}</Table.Th>
                  <Table.Th ta="right">{t("proj.grants")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {projects.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/projects/${encodeURIComponent(p.id)}`} fw={500}>
                        {p.name}
                      </Anchor>
                      {p.municipality && (
                        <Text size="xs" c="dimmed">
                          {p.municipality}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {p.owner?.name ?? "–"}
                      {p.operator && p.operator.id !== p.owner?.id && (
                        <Text size="xs" c="dimmed">
                          {t("proj.operator")}: {p.operator.name}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="outline">{label(projectPhaseLabels, p.phase, locale)}</Badge>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: "nowrap" }}>{projectPeriod(p, locale)}</Table.Td>
                    <Table.Td ta="right">{p.grants.totalCount}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        </Paper>
      </QueryState>
    </Stack>
  );
}
