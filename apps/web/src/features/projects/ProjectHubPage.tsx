import { useQuery } from "@apollo/client/react";
import { evaluationKindLabels, formatDate, label, partnerRoleLabels, projectPhaseLabels } from "@bk/domain";
import { Anchor, Grid, Group, List, Paper, Stack, Table, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useI18n } from "../../i18n/i18n";
import { RecordState } from "../../shared/QueryState";
import { Link, useParams } from "../../shared/router";
import { DeadlineList } from "../financing/DeadlineList";
import { FinancingSummary } from "../financing/FinancingSummary";
import { FinancingWarnings } from "../financing/FinancingWarnings";
import { useProjectFinancing } from "../financing/useProjectFinancing";
import { GrantTable } from "../grants/GrantTable";
import { SourceLink } from "../grants/SourceLink";
import { ProjectTitle } from "./ProjectTitle";
import { projectPeriod } from "./project-period";
import { PROJECT_HUB } from "./projects.queries";

const NO_WHAT_IF = {};

/** A titled card of the hub, with what to say when it has nothing. */
function Section({ title, testId, empty, children }: { title: string; testId: string; empty?: string | false; children?: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" data-testid={testId}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {empty ? <Text c="dimmed">{empty}</Text> : children}
    </Paper>
  );
}

/**
 * One project with all that belongs to it: facts and goals, its financing for the year it opens
 * on, its grants, partners, evaluations, statistics, activities and dates, each linking onwards.
 */
export function ProjectHubPage() {
  const { t, locale } = useI18n();
  const { id = "" } = useParams();
  const today = new Date().toISOString().slice(0, 10);
  const { data, loading, error, refetch } = useQuery(PROJECT_HUB, { variables: { id, from: today } });
  const project = data?.node?.__typename === "Project" ? data.node : null;
  const year = project?.financingOpeningYear ?? null;
  const figures = useProjectFinancing(id, year, NO_WHAT_IF);
  const indicators = [...new Map((project?.observations ?? []).map((o) => [o.indicator.id, o.indicator])).values()];
  const count = (indicatorId: string) => project?.observations.filter((o) => o.indicator.id === indicatorId).length ?? 0;
  const owner = project?.owner;

  return (
    <Stack>
      <Anchor component={Link} to="/projects" size="sm">
        ← {t("proj.back")}
      </Anchor>
      <RecordState loading={loading} error={error} found={!!project} onRetry={() => refetch()}>
        {project && (
          <>
            <ProjectTitle project={project}>
              <Text c="dimmed">
                {owner && (
                  <Anchor component={Link} to={`/partners/${encodeURIComponent(owner.id)}`}>
                    {owner.name}
                  </Anchor>
                )}
                {owner ? " · " : ""}
                {projectPeriod(project, locale)}
              </Text>
            </ProjectTitle>
            <Grid>
              <Grid.Col span={{ base: 12, lg: 8 }}>
                <Stack>
                  <Section title={t("grant.facts")} testId="project-facts">
                    {project.description && <Text mb="sm">{project.description}</Text>}
                    <Table variant="vertical" withTableBorder={false}>
                      <Table.Tbody>
                        {(
                          [
                            ["proj.operator", project.operator?.name],
                            ["proj.lead", project.lead],
                            ["proj.municipality", project.municipality],
                            ["proj.targetGroup", project.targetGroup],
                          ] as const
                        )
                          .filter(([, v]) => v)
                          .map(([key, value]) => (
                            <Table.Tr key={key}>
                              <Table.Th w={{ base: 110, sm: 160 }}>{t(key)}</Table.Th>
                              <Table.Td style={{ overflowWrap: "anywhere" }}>{value}</Table.Td>
                            </Table.Tr>
                          ))}
                      </Table.Tbody>
                    </Table>
                    {project.goals.length > 0 && (
                      <>
                        <Title order={3} size="h5" mt="sm">
                          {t("proj.goals")}
                        </Title>
                        <List size="sm">
                          {[...project.goals]
                            .sort((a, b) => a.position - b.position)
                            .map((g) => (
                              <List.Item key={g.id}>
                                {g.text}
                                {g.longTerm ? ` (${t("proj.longTerm")})` : ""}
                              </List.Item>
                            ))}
                        </List>
                      </>
                    )}
                    {project.sourcePassage && (
                      <Group mt="sm" gap="xs">
                        <Text size="xs" c="dimmed">
                          {t("proj.source")}:
                        </Text>
                        <SourceLink passage={project.sourcePassage} />
                      </Group>
                    )}
                  </Section>
                  <Section title={t("proj.financing", { year: year ?? "" })} testId="project-financing">
                    <Stack>
                      {year !== null && <FinancingSummary years={figures.years} referenceYear={year} />}
                      <FinancingWarnings warnings={figures.warnings} />
                      <Anchor component={Link} to={`/financing/${encodeURIComponent(project.id)}${year ? `?year=${year}` : ""}`}>
                        {t("proj.openFinancing")} →
                      </Anchor>
                    </Stack>
                  </Section>
                  <Section
                    title={`${t("proj.grants")} (${project.grants.totalCount})`}
                    testId="project-grants"
                    empty={project.grants.totalCount === 0 && t("proj.noGrants")}
                  >
                    <GrantTable grants={project.grants.edges.map((e) => e.node)} />
                  </Section>
                </Stack>
              </Grid.Col>
              <Grid.Col span={{ base: 12, lg: 4 }}>
                <Stack>
                  <Section
                    title={t("proj.partners")}
                    testId="project-partners"
                    empty={project.partnerRoles.length === 0 && t("proj.noPartners")}
                  >
                    <List size="sm" spacing={4}>
                      {project.partnerRoles.map((r) => (
                        <List.Item key={r.id}>
                          <Anchor component={Link} to={`/partners/${encodeURIComponent(r.organisation.id)}`}>
                            {r.organisation.name}
                          </Anchor>
                          <Text span size="xs" c="dimmed">
                            {" "}
                            · {label(partnerRoleLabels, r.role, locale)}
                            {r.fromYear ? ` ${r.fromYear}–${r.toYear ?? ""}` : ""}
                          </Text>
                        </List.Item>
                      ))}
                    </List>
                  </Section>
                  <DeadlineList deadlines={project.deadlines} />
                  <Section
                    title={t("proj.evaluations")}
                    testId="project-evaluations"
                    empty={project.evaluations.length === 0 && t("proj.noEvaluations")}
                  >
                    <List size="sm" spacing={4}>
                      {project.evaluations.map((e) => (
                        <List.Item key={e.id}>
                          <Anchor component={Link} to={`/evaluations/${encodeURIComponent(e.id)}`}>
                            {e.title}
                          </Anchor>
                          <Text span size="xs" c="dimmed">
                            {" "}
                            · {label(evaluationKindLabels, e.kind, locale)}
                            {e.date || e.dueDate ? ` · ${e.date ?? e.dueDate}` : ""}
                          </Text>
                        </List.Item>
                      ))}
                    </List>
                  </Section>
                  <Section
                    title={t("proj.statistics")}
                    testId="project-statistics"
                    empty={indicators.length === 0 && t("proj.noStatistics")}
                  >
                    <List size="sm" spacing={4}>
                      {indicators.map((i) => (
                        <List.Item key={i.id}>
                          <Anchor component={Link} to={`/statistics?indicator=${encodeURIComponent(i.id)}`}>
                            {i.name}
                          </Anchor>
                          <Text span size="xs" c="dimmed">
                            {" "}
                            · {t("proj.values", { count: count(i.id) })}
                          </Text>
                        </List.Item>
                      ))}
                    </List>
                  </Section>
                  {project.activities.length > 0 && (
                    <Section title={t("proj.activities")} testId="project-activities">
                      <List size="sm" spacing={4}>
                        {project.activities.map((a) => (
                          <List.Item key={a.id}>
                            {a.title}
                            {a.date ? ` · ${formatDate(a.date, a.datePrecision, locale)}` : ""}
                          </List.Item>
                        ))}
                      </List>
                    </Section>
                  )}
                  {project.phases.length > 0 && (
                    <Section title={t("proj.phases")} testId="project-phases">
                      <List size="sm" spacing={4}>
                        {project.phases.map((p) => (
                          <List.Item key={p.id}>
                            {p.fromYear}–{p.toYear ?? ""}: {label(projectPhaseLabels, p.phase, locale)}
                            {p.note ? ` (${p.note})` : ""}
                          </List.Item>
                        ))}
                      </List>
                    </Section>
                  )}
                </Stack>
              </Grid.Col>
            </Grid>
          </>
        )}
      </RecordState>
    </Stack>
  );
}
