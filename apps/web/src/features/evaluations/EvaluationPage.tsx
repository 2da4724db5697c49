import { useQuery } from "@apollo/client/react";
import { evaluationKindLabels, label } from "@bk/domain";
import { Anchor, Badge, Button, Group, Modal, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import { useState } from "react";
import type { EvaluationDetailQuery } from "../../gql/graphql";
import { useI18n } from "../../i18n/i18n";
import { useFormat } from "../../shared/format";
import { useServerMutation } from "../../shared/forms/useServerMutation";
import { QueryState } from "../../shared/QueryState";
import { Link, useParams } from "../../shared/router";
import { useViewer } from "../accounts/viewer";
import { EvaluationForm } from "./EvaluationForm";
import { ANSWER_QUESTION, EVALUATION_DETAIL } from "./evaluations.queries";

type Evaluation = Extract<NonNullable<EvaluationDetailQuery["node"]>, { __typename?: "Evaluation" }>;
type Answer = Evaluation["answers"][number];

function AnswerCard({ evaluationId, version, a }: { evaluationId: string; version: number; a: Answer }) {
  const { t } = useI18n();
  const writable = useViewer().can("write:evaluations");
  const f = useFormat();
  const [draft, setDraft] = useState(a.answer ?? "");
  const save = useServerMutation(ANSWER_QUESTION, t("eval.answerSaved"), { toast: true });
  const others = a.question.answers.filter((x) => x.evaluation.id !== evaluationId);
  return (
    <Paper withBorder p="md" radius="md" data-testid={`question-${a.position}`}>
      <Text fw={600} size="sm">
        {a.position}. {a.question.text}
      </Text>
      <Textarea
        mt="xs"
        autosize
        minRows={2}
        value={draft}
        readOnly={!writable}
        onChange={(e) => setDraft(e.currentTarget.value)}
        aria-label={`${a.position}. ${a.question.text}`}
      />
      <Group justify="space-between" mt={6}>
        {!a.answer && (
          <Text size="xs" c="dimmed">
            {t("eval.noAnswer")}
          </Text>
        )}
        <Button
          size="compact-xs"
          ml="auto"
          display={writable ? undefined : "none"}
          disabled={draft === (a.answer ?? "")}
          loading={save.loading}
          onClick={() => save.run({ evaluationId, position: a.position, answer: draft, expectedVersion: version })}
        >
          {t("eval.saveAnswer")}
        </Button>
      </Group>
      {others.length > 0 && (
        <Stack gap={4} mt="sm">
          <Text size="xs" c="dimmed" fw={600}>
            {t("eval.compare")}
          </Text>
          {others.map((o) => (
            <Text key={o.id} size="xs">
              <Anchor component={Link} to={`/evaluations/${encodeURIComponent(o.evaluation.id)}`} size="xs">
                {o.evaluation.title} {o.evaluation.replyDueDate ? `(${f.date(o.evaluation.replyDueDate)})` : ""}
              </Anchor>
              : {o.answer ?? t("eval.noAnswer")}
            </Text>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

/** One evaluation or follow-up: its questions, answers and how earlier follow-ups answered. */
export function EvaluationPage() {
  const { t, locale } = useI18n();
  const { can } = useViewer();
  const f = useFormat();
  const { id = "" } = useParams();
  const { data, dataState, loading, error, refetch } = useQuery(EVALUATION_DETAIL, { variables: { id } });
  const node = dataState === "complete" ? data.node : null;
  const e = node?.__typename === "Evaluation" ? (node as Evaluation) : null;
  const [editing, setEditing] = useState(false);
  return (
    <Stack>
      <Anchor component={Link} to="/evaluations" size="sm">
        ← {t("eval.title")}
      </Anchor>
      <QueryState
        loading={loading && !e}
        error={error}
        empty={!loading && !error && !e}
        emptyText={t("state.notFound")}
        onRetry={() => refetch()}
      >
        {e && (
          <>
            <Group justify="space-between">
              <Group gap="sm">
                <Title order={1}>{e.title}</Title>
                <Badge variant="light">{label(evaluationKindLabels, e.kind, locale)}</Badge>
              </Group>
              {can("write:evaluations") && (
                <Button variant="default" onClick={() => setEditing(true)}>
                  {t("eval.edit")}
                </Button>
              )}
            </Group>
            <Text size="sm">
              {e.project?.name ?? e.agreement?.title}
              {e.agreement?.followUpClause ? ` (${e.agreement.followUpClause})` : ""}
              {e.replyDueDate ? ` · ${t("eval.replyDue")} ${f.date(e.replyDueDate)}` : ""}
              {e.receivedDate ? ` · ${t("eval.received")} ${f.date(e.receivedDate)}` : ""}
            </Text>
            {e.summary && <Text c="dimmed">{e.summary}</Text>}
            {e.verdict && (
              <Text>
                <b>{t("eval.verdict")}:</b> {e.verdict}
              </Text>
            )}
            {e.contacts && <Text size="sm">{e.contacts}</Text>}
            {e.periodStart && (
              <Text size="sm">
                {t("eval.period")}: {f.date(e.periodStart)} – {f.date(e.periodEnd)}
              </Text>
            )}
            {e.documentUrl && (
              <Anchor href={e.documentUrl} target="_blank" rel="noreferrer" size="sm">
                {t("eval.document")}
              </Anchor>
            )}
            <Modal opened={editing} onClose={() => setEditing(false)} title={t("eval.edit")} size="lg">
              <EvaluationForm defaults={{}} evaluation={e} onDone={() => setEditing(false)} />
            </Modal>
            {e.answers.length > 0 && (
              <>
                <Title order={2} size="h3">
                  {t("eval.questions")}
                </Title>
                {e.answers.map((a) => (
                  <AnswerCard key={a.id} evaluationId={e.id} version={e.version} a={a} />
                ))}
              </>
            )}
          </>
        )}
      </QueryState>
    </Stack>
  );
}
