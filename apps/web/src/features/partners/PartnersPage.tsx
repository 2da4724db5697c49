import { useQuery } from "@apollo/client/react";
import { label, OrganisationKind, organisationKindLabels } from "@bk/domain";
import { Anchor, Button, Group, Modal, Paper, Select, Stack, Table, Tabs, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useI18n } from "../../i18n/i18n";
import { PageHeading } from "../../shared/page-head/PageHeading";
import { QueryState } from "../../shared/QueryState";
import { Link, useNavigate, useQueryParam } from "../../shared/router";
import { ScrollTable } from "../../shared/ScrollTable";
import { useViewer } from "../accounts/viewer";
import { OrganisationForm } from "./OrganisationForm";
import { PartnerNetwork } from "./PartnerNetwork";
import { ORGANISATIONS } from "./partners.queries";

/** The organisation directory and the network of projects × partners. */
export function PartnersPage() {
  const { t, locale } = useI18n();
  const { can } = useViewer();
  const navigate = useNavigate();
  const [params, setParam] = useQueryParam();
  const [text, setText] = useState(params.get("q") ?? "");
  const [q] = useDebouncedValue(text.trim(), 250);
  const kind = params.get("kind") as OrganisationKind | null;
  const [creating, setCreating] = useState(false);
  const { data, loading, error, refetch } = useQuery(ORGANISATIONS, {
    variables: { where: { text: q || undefined, kind: kind ? { equals: kind } : undefined } },
  });
  const orgs = data?.organisations.edges.map((e) => e.node) ?? [];
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <PageHeading page="partners" />
        {can("write:organisations") && <Button onClick={() => setCreating(true)}>{t("org.new")}</Button>}
      </Group>
      <Tabs defaultValue={params.get("view") === "network" ? "network" : "directory"} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="directory">{t("org.directory")}</Tabs.Tab>
          <Tabs.Tab value="network">{t("org.network")}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="directory" pt="md">
          <Group mb="sm">
            <TextInput
              label={t("org.search")}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              type="search"
              w={{ base: "100%", sm: 300 }}
            />
            <Select
              label={t("org.kind")}
              clearable
              w={{ base: "100%", sm: 240 }}
              data={Object.values(OrganisationKind).map((k) => ({ value: k, label: label(organisationKindLabels, k, locale) }))}
              value={kind}
              onChange={(v) => setParam("kind", v)}
            />
          </Group>
          <QueryState
            loading={loading && !data}
            error={error}
            empty={!loading && orgs.length === 0}
            emptyText="–"
            onRetry={() => refetch()}
          >
            <Paper withBorder radius="md">
              <ScrollTable label={t("org.directory")}>
                <Table miw={{ base: 700, sm: "auto" }} striped data-testid="organisations">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t("org.name")}</Table.Th>
                      <Table.Th>{t("org.kind")}</Table.Th>
                      <Table.Th>{t("org.parent")}</Table.Th>
                      <Table.Th>{t("org.municipality")}</Table.Th>
                      <Table.Th>{t("org.number")}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {orgs.map((o) => (
                      <Table.Tr key={o.id}>
                        <Table.Td>
                          <Anchor component={Link} to={`/partners/${encodeURIComponent(o.id)}`}>
                            {o.name}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{label(organisationKindLabels, o.kind, locale)}</Table.Td>
                        <Table.Td>{o.parent?.name}</Table.Td>
                        <Table.Td>{o.municipality}</Table.Td>
                        <Table.Td>{o.organisationNumber}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollTable>
            </Paper>
          </QueryState>
        </Tabs.Panel>
        <Tabs.Panel value="network" pt="md">
          <PartnerNetwork />
        </Tabs.Panel>
      </Tabs>
      <Modal opened={creating} onClose={() => setCreating(false)} title={t("org.new")} size="lg">
        <OrganisationForm
          onDone={(id) => {
            setCreating(false);
            if (id) navigate(`/partners/${encodeURIComponent(id)}`);
          }}
        />
      </Modal>
    </Stack>
  );
}
