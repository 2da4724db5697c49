import { useQuery } from "@apollo/client/react";
import { EvaluationKind, evaluationKindLabels, label, type ReasonKey, type ReasonParams, wordReason } from "@bk/domain";
import { Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useI18n } from "../../i18n/i18n";
import { onlyMessage } from "../../shared/forms/server-errors";
import { useServerMutation } from "../../shared/forms/useServerMutation";
import { FormActions } from "../grants/forms/FormActions";
import { APPLICATION_OPTIONS } from "../grants/grants.queries";
import { ADD_EVALUATION, UPDATE_EVALUATION } from "./evaluations.queries";

export type EvaluationDefaults = { kind?: EvaluationKind; agreementId?: string; questionIds?: string[]; title?: string };

/** An existing evaluation to edit. */
export type EditedEvaluation = {
  id: string;
  version: number;
  kind: EvaluationKind;
  title: string;
  project?: { id: string } | null;
  agreement?: { id: string } | null;
  evaluatorName?: string | null;
  date?: string | null;
  dueDate?: string | null;
  replyDueDate?: string | null;
  receivedDate?: string | null;
  verdict?: string | null;
  summary?: string | null;
  documentUrl?: string | null;
};

/** A new evaluation report, planned evaluation, or a follow-up that asks the same questions again. */
export function EvaluationForm({
  defaults,
  evaluation,
  onDone,
}: {
  defaults: EvaluationDefaults;
  evaluation?: EditedEvaluation;
  onDone(id: string | null): void;
}) {
  const { t, locale } = useI18n();
  const why = (reason: ReasonKey, params: ReasonParams = {}) => wordReason(reason, params, locale);
  const options = useQuery(APPLICATION_OPTIONS);
  const projects = options.data?.projects.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? [];
  const add = useServerMutation(ADD_EVALUATION, t("eval.saved"));
  const update = useServerMutation(UPDATE_EVALUATION, t("eval.saved"));
  const mutation = evaluation ? update : add;
  const agreementId = evaluation?.agreement?.id ?? defaults.agreementId;
  const e = evaluation;
  const form = useForm({
    mode: "controlled",
    initialValues: {
      kind: e?.kind ?? defaults.kind ?? ("EVALUATION_REPORT" as EvaluationKind),
      title: e?.title ?? defaults.title ?? "",
      projectId: (e?.project?.id ?? null) as string | null,
      evaluatorName: e?.evaluatorName ?? "",
      date: e?.date ?? "",
      dueDate: e?.dueDate ?? "",
      replyDueDate: e?.replyDueDate ?? "",
      receivedDate: e?.receivedDate ?? "",
      verdict: e?.verdict ?? "",
      summary: e?.summary ?? "",
      documentUrl: e?.documentUrl ?? "",
    },
    validateInputOnChange: true,
    validate: {
      title: (v) => (v.trim().length < 2 ? why("title.length", { min: 2, max: 300 }) : null),
      projectId: (v) => (!v && !agreementId ? why("evaluation.subjectRequired") : null),
      documentUrl: (v) => (!v || /^https?:\/\/\S+$/.test(v.trim()) ? null : why("text.url")),
      dueDate: (v, values) => (values.kind === "PLANNED" && !v ? why("evaluation.plannedNeedsDate") : null),
    },
  });
  const orNull = (v: string) => (v.trim() ? v.trim() : null);
  return (
    <form
      onSubmit={form.onSubmit(async (v) => {
        const input = {
          kind: v.kind,
          title: v.title,
          projectId: v.projectId,
          agreementId: agreementId ?? null,
          evaluatorName: orNull(v.evaluatorName),
          date: orNull(v.date),
          dueDate: orNull(v.dueDate),
          replyDueDate: orNull(v.replyDueDate),
          receivedDate: orNull(v.receivedDate),
          verdict: orNull(v.verdict),
          summary: orNull(v.summary),
          documentUrl: orNull(v.documentUrl),
        };
        if (e) {
          if (await update.run({ id: e.id, input, expectedVersion: e.version })) onDone(e.id);
        } else {
          const res = await add.run({ input: { ...input, questionIds: defaults.questionIds ?? [] } });
          if (res) onDone(res.addEvaluation.id);
        }
      })}
    >
      <Stack>
        <Select
          label={t("eval.kind")}
          data={Object.values(EvaluationKind).map((k) => ({ value: k, label: label(evaluationKindLabels, k, locale) }))}
          allowDeselect={false}
          disabled={!!defaults.kind || !!e}
          {...form.getInputProps("kind")}
        />
        <TextInput label={t("app.title")} withAsterisk {...form.getInputProps("title")} />
        {!defaults.agreementId && (
          <Select label={t("eval.project")} data={projects} searchable withAsterisk {...form.getInputProps("projectId")} />
        )}
        <SimpleGrid cols={2}>
          <TextInput label={t("eval.evaluator")} {...form.getInputProps("evaluatorName")} />
          <TextInput type="date" label={t("eval.date")} {...form.getInputProps("date")} />
          <TextInput type="date" label={t("eval.due")} {...form.getInputProps("dueDate")} />
          <TextInput type="date" label={t("eval.replyDue")} {...form.getInputProps("replyDueDate")} />
          <TextInput type="date" label={t("eval.received")} {...form.getInputProps("receivedDate")} />
          <TextInput label={t("eval.documentUrl")} placeholder="https://" {...form.getInputProps("documentUrl")} />
        </SimpleGrid>
        <TextInput label={t("eval.verdict")} {...form.getInputProps("verdict")} />
        <Textarea label={t("eval.summary")} autosize {...form.getInputProps("summary")} />
        <FormActions loading={mutation.loading} error={onlyMessage(mutation.errors)} onCancel={() => onDone(null)} />
      </Stack>
    </form>
  );
}
