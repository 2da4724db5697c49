import { Anchor, Box, Group, Paper, Stack, Table, Text } from "@mantine/core";
import type { GrantRowFragment } from "../../gql/graphql";
import { useI18n } from "../../i18n/i18n";
import { useFormat } from "../../shared/format";
import { Link } from "../../shared/router";
import { ScrollTable } from "../../shared/ScrollTable";
import { StatusBadge } from "./StatusBadge";

const period = (g: GrantRowFragment) =>
  g.periodStartYear == null
    ? "–"
    : g.periodEndYear && g.periodEndYear !== g.periodStartYear
      ? `${g.periodStartYear}–${g.periodEndYear}`
      : String(g.periodStartYear);

const grantPath = (g: GrantRowFragment) => `/grants/${encodeURIComponent(g.id)}`;

/** On a phone each grant is a card: its title, status and amounts in view without sideways scrolling. */
function GrantCards({ grants }: { grants: GrantRowFragment[] }) {
  const { t } = useI18n();
  const f = useFormat();
  return (
    <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: "none" }} data-testid="grant-cards">
      {grants.map((g) => (
        <Paper component="li" withBorder p="sm" radius="md" key={g.id} data-testid="grant-card">
          <Anchor component={Link} to={grantPath(g)} fw={500} style={{ overflowWrap: "anywhere" }} data-testid="title">
            {g.title}
          </Anchor>
          <Text size="sm" c="dimmed" style={{ overflowWrap: "anywhere" }}>
            {g.funder.name} → {g.recipient.name}
          </Text>
          <Group justify="space-between" gap="xs" mt={4}>
            <Box data-testid="status">
              <StatusBadge status={g.status} />
            </Box>
            <Text size="sm" data-testid="amount">
              {t("grants.col.applied")} {f.money(g.amountApplied)} ·{" "}
              <Text span fw={600}>
                {t("grants.col.granted")} {f.money(g.amountGranted)}
              </Text>
            </Text>
          </Group>
          <Text size="xs" c="dimmed">
            {t("grants.col.decided")} {f.date(g.decisionDate, g.decisionPrecision)} · {t("grants.col.period")} {period(g)}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}

/** The grants as a table, and on a phone as cards. */
export function GrantTable({ grants }: { grants: GrantRowFragment[] }) {
  return (
    <>
      <Box hiddenFrom="sm">
        <GrantCards grants={grants} />
      </Box>
      <Box visibleFrom="sm">
        <GrantRows grants={grants} />
      </Box>
    </>
  );
}

function GrantRows({ grants }: { grants: GrantRowFragment[] }) {
  const { t } = useI18n();
  const f = useFormat();
  return (
    <ScrollTable label={t("grants.title")} minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="grants-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("grants.col.title")}</Table.Th>
            <Table.Th>{t("grants.col.funder")}</Table.Th>
            <Table.Th>{t("grants.col.recipient")}</Table.Th>
            <Table.Th miw={150}>{t("grants.col.status")}</Table.Th>
            <Table.Th ta="right">{t("grants.col.applied")}</Table.Th>
            <Table.Th ta="right">{t("grants.col.granted")}</Table.Th>
            <Table.Th>{t("grants.col.decided")}</Table.Th>
            <Table.Th>{t("grants.col.period")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {grants.map((g) => (
            <Table.Tr key={g.id}>
              <Table.Td>
                <Anchor component={Link} to={grantPath(g)} fw={500}>
                  {g.title}
                </Anchor>
              </Table.Td>
              <Table.Td>{g.funder.shortName ? <span title={g.funder.name}>{g.funder.name}</span> : g.funder.name}</Table.Td>
              <Table.Td>{g.recipient.name}</Table.Td>
              <Table.Td>
                <StatusBadge status={g.status} />
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                {f.money(g.amountApplied)}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                <Text fw={600} span>
                  {f.money(g.amountGranted)}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{f.date(g.decisionDate, g.decisionPrecision)}</Table.Td>
              <Table.Td>{period(g)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
