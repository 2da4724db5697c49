import { useQuery } from "@apollo/client/react";
import { EvaluationKind, evaluationKindLabels, label } from "@bk/domain";
import { Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useI18n } from "../../i18n/i18n";
import { useServerMutation } from "../../shared/forms/useServerMutation";
import { FormActions } from "../grants/forms/FormActions";
import { APPLICATION_OPTIONS } from "../grants/grants.queries";
import { ADD_EVALUATION } from "./evaluations.queries";

export type EvaluationDefaults = { kind?: EvaluationKind; agreementId?: string; questionIds?: string[]; title?: string };

/** A new evaluation report, planned evaluation, or a follow-up that asks the same questions again. */
export function EvaluationForm({ defaults, onDone }: { defaults: EvaluationDefaults; onDone(id: string | null): void }) {
  const { t, locale } = useI18n();
  const options = useQuery(APPLICATION_OPTIONS);
  const projects = options.data?.projects.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? [];
  const mutation = useServerMutation(ADD_EVALUATION, t("eval.saved"));
  const form = useForm({
    mode: "controlled",
    initialValues: {
      kind: defaults.kind ?? ("EVALUATION_REPORT" as EvaluationKind),
      title: defaults.title ?? "",
      projectId: null as string | null,
      evaluatorName: "",
      date: "",
      dueDate: "",
      replyDueDate: "",
      verdict: "",
      summary: "",
    },
    validateInputOnChange: true,
    validate: {
      title: (v) => (v.trim().length < 2 ? "Rubrik måste anges" : null),
      projectId: (v) => (!v && !defaults.agreementId ? "Välj projekt" : null),
      dueDate: (v, values) => (values.kind === "PLANNED" && !v ? "En planerad utvärdering behöver ett datum" : null),
    },
  });
  const orNull = (v: string) => (v.trim() ? v.trim() : null);
  return (
    <form
      onSubmit={form.onSubmit(async (v) => {
        const res = await mutation.run({
          input: {
            kind: v.kind,
            title: v.title,
            projectId: v.projectId,
            agreementId: defaults.agreementId ?? null,
            questionIds: defaults.questionIds ?? [],
            evaluatorName: orNull(v.evaluatorName),
            date: orNull(v.date),
            dueDate: orNull(v.dueDate),
            replyDueDate: orNull(v.replyDueDate),
            verdict: orNull(v.verdict),
            summary: orNull(v.summary),
          },
        });
        if (res) onDone(res.addEvaluation.id);
      })}
    >
      <Stack>
        <Select
          label={t("eval.kind")}
          data={Object.values(EvaluationKind).map((k) => ({ value: k, label: label(evaluationKindLabels, k, locale) }))}
          allowDeselect={false}
          disabled={!!defaults.kind}
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
        </SimpleGrid>
        <TextInput label={t("eval.verdict")} {...form.getInputProps("verdict")} />
        <Textarea label={t("eval.summary")} autosize {...form.getInputProps("summary")} />
        <FormActions loading={mutation.loading} error={mutation.errors.message} onCancel={() => onDone(null)} />
      </Stack>
    </form>
  );
}
