import { useQuery } from "@apollo/client/react";
import { contributionKindLabels, contributionStatusLabels, label, organisationKindLabels, partnerRoleLabels } from "@bk/domain";
import { Anchor, Badge, Button, Grid, Group, Modal, Paper, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import type { OrganisationDetailQuery } from "../../gql/graphql";
import { useI18n } from "../../i18n/i18n";
import type { MessageKey } from "../../i18n/messages";
import { AuditTrail } from "../../shared/AuditTrail";
import { useFormat } from "../../shared/format";
import { useServerMutation } from "../../shared/forms/useServerMutation";
import { QueryState } from "../../shared/QueryState";
import { Link, useParams } from "../../shared/router";
import { ScrollTable } from "../../shared/ScrollTable";
import { useViewer } from "../accounts/viewer";
import { StatusBadge } from "../grants/StatusBadge";
import { ProjectLink } from "../projects/ProjectLink";
import { OrganisationForm } from "./OrganisationForm";
import { PartnerRoleForm } from "./PartnerRoleForm";
import { DELETE_PARTNER_ROLE, ORGANISATION_DETAIL } from "./partners.queries";

type Org = Extract<NonNullable<OrganisationDetailQuery["node"]>, { __typename?: "Organisation" }>;
const years = (from?: number | null, to?: number | null) =>
  from == null ? "" : to == null ? `${from}–` : from === to ? `${from}` : `${from}–${to}`;

function Section({ title, children, testId }: { title: string; children: React.ReactNode; testId?: string }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" data-testid={testId}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function GrantList({ grants, as }: { grants: Org["grantsAsFunder"]; as: MessageKey }) {
  const { t } = useI18n();
  const f = useFormat();
  if (!grants.totalCount) return null;
  return (
    <>
      <Text size="sm" fw={600} mt="xs">
        {t("org.grants")} {t(as)} ({grants.totalCount})
      </Text>
      <Table fz="sm">
        <Table.Tbody>
          {grants.edges.map(({ node: g }) => (
            <Table.Tr key={g.id}>
              <Table.Td>
                <Anchor component={Link} to={`/grants/${encodeURIComponent(g.id)}`} size="sm">
                  {g.title}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <StatusBadge status={g.status} />
              </Table.Td>
              <Table.Td ta="right">{f.money(g.amountGranted)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}

/** An organisation: who it is, its roles across projects over time, its money in and out. */
export function OrganisationPage() {
  const { t, locale } = useI18n();
  const { can } = useViewer();
  const f = useFormat();
  const { id = "" } = useParams();
  const { data, dataState, loading, error, refetch } = useQuery(ORGANISATION_DETAIL, { variables: { id } });
  const node = dataState === "complete" ? data.node : null;
  const org = node?.__typename === "Organisation" ? (node as Org) : null;
  const [editing, setEditing] = useState(false);
  const [addingRole, setAddingRole] = useState(false);
  const removeRole = useServerMutation(DELETE_PARTNER_ROLE, t("org.roleDeleted"), { toast: true });
  const agreements = org ? [...org.agreementsAsPrincipal, ...org.agreementsAsCounterpart] : [];
  return (
    <Stack>
      <Anchor component={Link} to="/partners" size="sm">
        ← {t("org.title")}
      </Anchor>
      <QueryState
        loading={loading && !org}
        error={error}
        empty={!loading && !error && !org}
        emptyText={t("state.notFound")}
        onRetry={() => refetch()}
      >
        {org && (
          <>
            <Group justify="space-between">
              <div>
                <Group gap="sm">
                  <Title order={1}>{org.name}</Title>
                  <Badge variant="light">{label(organisationKindLabels, org.kind, locale)}</Badge>
                </Group>
                {org.description && <Text c="dimmed">{org.description}</Text>}
              </div>
              {can("write:organisations") && (
                <Button variant="default" onClick={() => setEditing(true)}>
                  {t("org.edit")}
                </Button>
              )}
            </Group>
            <Paper withBorder p="md" radius="md">
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                {(
                  [
                    ["org.parent", org.parent?.name],
                    ["org.municipality", org.municipality],
                    ["org.number", org.organisationNumber],
                    ["org.email", org.email],
                    ["org.phone", org.phone],
                    ["org.address", org.address],
                  ] as [MessageKey, string | null | undefined][]
                )
                  .filter(([, v]) => v)
                  .map(([k, v]) => (
                    <div key={k}>
                      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                        {t(k)}
                      </Text>
                      <Text>{v}</Text>
                    </div>
                  ))}
              </SimpleGrid>
              {org.children.length > 0 && (
                <Text size="sm" mt="sm">
                  {t("org.children")}:{" "}
                  {org.children.map((c, i) => (
                    <span key={c.id}>
                      {i > 0 && ", "}
                      <Anchor component={Link} to={`/partners/${encodeURIComponent(c.id)}`} size="sm">
                        {c.name}
                      </Anchor>
                    </span>
                  ))}
                </Text>
              )}
            </Paper>
            <Grid>
              <Grid.Col span={{ base: 12, lg: 7 }}>
                <Stack>
                  <Section title={t("org.roles")} testId="roles">
                    {can("write:partnerRoles") && (
                      <Group justify="flex-end" mb="xs">
                        <Button size="compact-xs" variant="light" onClick={() => setAddingRole(true)}>
                          {t("org.addRole")}
                        </Button>
                      </Group>
                    )}
                    {org.partnerRoles.length === 0 ? (
                      <Text c="dimmed">{t("org.noRoles")}</Text>
                    ) : (
                      <ScrollTable label={t("org.roles")}>
                        <Table miw={{ base: 480, sm: "auto" }} fz="sm">
                          <Table.Tbody>
                            {org.partnerRoles.map((r) => (
                              <Table.Tr key={r.id}>
                                <Table.Td>
                                  <ProjectLink project={r.project} />
                                </Table.Td>
                                <Table.Td>{label(partnerRoleLabels, r.role, locale)}</Table.Td>
                                <Table.Td>{years(r.fromYear, r.toYear)}</Table.Td>
                                <Table.Td>
                                  <Text size="xs" c="dimmed">
                                    {r.note}
                                  </Text>
                                </Table.Td>
                                <Table.Td>
                                  {can("write:partnerRoles") && (
                                    <Button
                                      size="compact-xs"
                                      variant="subtle"
                                      color="red"
                                      onClick={async () => {
                                        if (await removeRole.run({ id: r.id, expectedVersion: r.version })) refetch();
                                      }}
                                    >
                                      {t("org.removeRole")}
                                    </Button>
                                  )}
                                </Table.Td>
                              </Table.Tr>
                            ))}
                          </Table.Tbody>
                        </Table>
                      </ScrollTable>
                    )}
                  </Section>
                  <Section title={t("org.contributions")} testId="org-contributions">
                    {org.contributions.length === 0 ? (
                      <Text c="dimmed">{t("org.noContributions")}</Text>
                    ) : (
                      <ScrollTable label={t("org.contributions")}>
                        <Table miw={{ base: 480, sm: "auto" }} fz="sm">
                          <Table.Tbody>
                            {org.contributions.map((c) => (
                              <Table.Tr key={c.id}>
                                <Table.Td>{c.year}</Table.Td>
                                <Table.Td>
                                  <ProjectLink project={c.project} />
                                </Table.Td>
                                <Table.Td>{label(contributionKindLabels, c.kind, locale)}</Table.Td>
                                <Table.Td ta="right">{c.amount ? f.money(c.amount) : c.description}</Table.Td>
                                <Table.Td>{label(contributionStatusLabels, c.status, locale)}</Table.Td>
                              </Table.Tr>
                            ))}
                          </Table.Tbody>
                        </Table>
                      </ScrollTable>
                    )}
                  </Section>
                </Stack>
              </Grid.Col>
              <Grid.Col span={{ base: 12, lg: 5 }}>
                <Stack>
                  <Section title={t("org.grants")}>
                    {org.grantsAsFunder.totalCount + org.grantsAsApplicant.totalCount + org.grantsAsRecipient.totalCount === 0 && (
                      <Text c="dimmed">{t("org.noGrants")}</Text>
                    )}
                    <GrantList grants={org.grantsAsFunder} as="org.asFunder" />
                    <GrantList grants={org.grantsAsApplicant} as="org.asApplicant" />
                    <GrantList grants={org.grantsAsRecipient} as="org.asRecipient" />
                  </Section>
                  {agreements.length > 0 && (
                    <Section title={t("org.agreements")} testId="org-agreements">
                      {agreements.map((a) => (
                        <Text key={a.id} size="sm">
                          <Anchor component={Link} to="/evaluations" size="sm">
                            {a.title}
                          </Anchor>{" "}
                          ({a.followUpClause}) – {t("eval.nextDue")}: {f.date(a.nextFollowUpDue)}
                        </Text>
                      ))}
                    </Section>
                  )}
                </Stack>
              </Grid.Col>
            </Grid>
            <AuditTrail changes={org.changes} />
            <Modal opened={addingRole} onClose={() => setAddingRole(false)} title={t("org.addRole")}>
              <PartnerRoleForm
                organisationId={org.id}
                onDone={(saved) => {
                  setAddingRole(false);
                  if (saved) refetch();
                }}
              />
            </Modal>
            <Modal opened={editing} onClose={() => setEditing(false)} title={t("org.edit")} size="lg">
              <OrganisationForm organisation={org} onDone={() => setEditing(false)} />
            </Modal>
          </>
        )}
      </QueryState>
    </Stack>
  );
}
