import { Anchor, Badge, Paper, Table, Text, Title } from "@mantine/core";
import type { ProjectFinancingQuery } from "../../gql/graphql";
import { useI18n } from "../../i18n/i18n";
import type { MessageKey } from "../../i18n/messages";
import { useFormat } from "../../shared/format";
import { Link } from "../../shared/router";
import { ScrollTable } from "../../shared/ScrollTable";

type Deadline = Extract<NonNullable<ProjectFinancingQuery["node"]>, { __typename?: "Project" }>["deadlines"][number];

/** Conditions, reports, follow-ups and application deadlines in date order. */
export function DeadlineList({ deadlines }: { deadlines: Deadline[] }) {
  const { t } = useI18n();
  const f = useFormat();
  return (
    <Paper withBorder p="md" radius="md" component="section" data-testid="deadlines">
      <Title order={2} size="h4" mb="sm">
        {t("fin.deadlines")}
      </Title>
      {deadlines.length === 0 ? (
        <Text c="dimmed">{t("fin.deadlinesEmpty")}</Text>
      ) : (
        <ScrollTable label={t("fin.deadlines")}>
          <Table fz="sm">
            <Table.Tbody>
              {deadlines.map((d) => (
                <Table.Tr key={`${d.kind}-${d.date}-${d.title}`}>
                  <Table.Td>
                    {/* The date stays whole; in a narrow column the badge goes under it. */}
                    <span style={{ whiteSpace: "nowrap" }}>{f.date(d.date)}</span>
                    {d.passed && (
                      <Badge ml={6} size="xs" color="red" variant="light">
                        {t("fin.passed")}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{t(`fin.deadline.${d.kind}` as MessageKey)}</Table.Td>
                  <Table.Td>
                    {d.grantId ? (
                      <Anchor component={Link} to={`/grants/${encodeURIComponent(d.grantId)}`} size="sm" lineClamp={2}>
                        {d.title}
                      </Anchor>
                    ) : (
                      d.title
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Paper>
  );
}
