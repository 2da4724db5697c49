import { useQuery } from "@apollo/client/react";
import { evaluationKindLabels, label } from "@bk/domain";
import { Anchor, Badge, Button, Group, Modal, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useI18n } from "../../i18n/i18n";
import { useFormat } from "../../shared/format";
import { PageHeading } from "../../shared/page-head/PageHeading";
import { QueryState } from "../../shared/QueryState";
import { Link, useNavigate } from "../../shared/router";
import { ScrollTable } from "../../shared/ScrollTable";
import { useViewer } from "../accounts/viewer";
import { AgreementForm } from "./AgreementForm";
import { type EvaluationDefaults, EvaluationForm } from "./EvaluationForm";
import { EVALUATIONS_OVERVIEW } from "./evaluations.queries";

export function EvaluationsPage() {
  const { t, locale } = useI18n();
  const { can } = useViewer();
  const f = useFormat();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(EVALUATIONS_OVERVIEW);
  const [creating, setCreating] = useState<EvaluationDefaults | null>(null);
  const agreements = data?.agreements.edges.map((e) => e.node) ?? [];
  const [agreementDialog, setAgreementDialog] = useState<{ agreement?: (typeof agreements)[number] } | null>(null);
  const evaluations = data?.evaluations.edges.map((e) => e.node) ?? [];
  const today = new Date().toISOString().slice(0, 10);
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <PageHeading page="evaluations" />
        {can("write:evaluations") && <Button onClick={() => setCreating({})}>{t("eval.new")}</Button>}
      </Group>
      <QueryState loading={loading && !data} error={error} onRetry={() => refetch()}>
        <Paper withBorder p="md" radius="md" data-testid="agreements">
          <Group justify="space-between" mb="sm">
            <Title order={2} size="h4">
              {t("eval.agreements")}
            </Title>
            {can("write:agreements") && (
              <Button size="xs" variant="light" onClick={() => setAgreementDialog({})}>
                {t("eval.newAgreement")}
              </Button>
            )}
          </Group>
          {agreements.map((a) => {
            const lastFollowUp = a.evaluations.at(-1);
            return (
              <Stack key={a.id} gap={4}>
                <Text fw={600}>{a.title}</Text>
                <Text size="sm">
                  {a.principal.name} – {a.counterparty.name}. {a.purpose}
                </Text>
                <Text size="sm">
                  {t("eval.clause")}: {a.followUpClause}
                  {a.followUpIntervalYears ? ` (${t("eval.every", { years: a.followUpIntervalYears })})` : ""} · {t("eval.nextDue")}:{" "}
                  <b data-testid="next-follow-up">{f.date(a.nextFollowUpDue)}</b>
                </Text>
                {can("write:agreements") && (
                  <Group>
                    <Button size="compact-xs" variant="default" onClick={() => setAgreementDialog({ agreement: a })}>
                      {t("eval.editAgreement")}
                    </Button>
                  </Group>
                )}
                {lastFollowUp && can("write:evaluations") && (
                  <Group>
                    <Button
                      size="compact-xs"
                      variant="light"
                      onClick={() =>
                        setCreating({
                          kind: "FOLLOW_UP",
                          agreementId: a.id,
                          questionIds: lastFollowUp.answers.map((x) => x.question.id),
                          title: `Uppföljning ${a.nextFollowUpDue?.slice(0, 4) ?? ""}: ${a.title}`,
                        })
                      }
                    >
                      {t("eval.newFollowUp")}
                    </Button>
                  </Group>
                )}
              </Stack>
            );
          })}
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h4" mb="sm">
            {t("eval.reports")}
          </Title>
          <ScrollTable label={t("eval.reports")}>
            <Table miw={{ base: 800, sm: "auto" }} fz="sm" data-testid="evaluations">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("app.title")}</Table.Th>
                  <Table.Th>{t("eval.kind")}</Table.Th>
                  <Table.Th>{t("eval.project")}</Table.Th>
                  <Table.Th>{t("eval.evaluator")}</Table.Th>
                  <Table.Th>{t("eval.date")}</Table.Th>
                  <Table.Th>{t("eval.verdict")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {evaluations.map((e) => {
                  const due = e.kind === "PLANNED" ? e.dueDate : e.receivedDate ? null : e.replyDueDate;
                  return (
                    <Table.Tr key={e.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/evaluations/${encodeURIComponent(e.id)}`} size="sm">
                          {e.title}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{label(evaluationKindLabels, e.kind, locale)}</Table.Td>
                      <Table.Td>{e.project?.name ?? e.agreement?.title}</Table.Td>
                      <Table.Td>{e.evaluatorName ?? e.evaluatorOrganisation?.name}</Table.Td>
                      <Table.Td style={{ whiteSpace: "nowrap" }}>
                        {e.date ? f.date(e.date) : ""}
                        {due && (
                          <Badge size="xs" ml={4} color={due < today ? "red" : "orange"} variant="light">
                            {t("eval.due")} {f.date(due)}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Text size="xs">{e.verdict}</Text>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        </Paper>
      </QueryState>
      <Modal
        opened={!!agreementDialog}
        onClose={() => setAgreementDialog(null)}
        title={agreementDialog?.agreement ? t("eval.editAgreement") : t("eval.newAgreement")}
        size="lg"
      >
        {agreementDialog && (
          <AgreementForm
            agreement={agreementDialog.agreement}
            onDone={() => {
              setAgreementDialog(null);
              refetch();
            }}
          />
        )}
      </Modal>
      <Modal
        opened={!!creating}
        onClose={() => setCreating(null)}
        title={creating?.kind === "FOLLOW_UP" ? t("eval.newFollowUp") : t("eval.new")}
        size="lg"
      >
        {creating && (
          <EvaluationForm
            defaults={creating}
            onDone={(id) => {
              setCreating(null);
              if (id) navigate(`/evaluations/${encodeURIComponent(id)}`);
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
