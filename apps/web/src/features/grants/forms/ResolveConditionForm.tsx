import { conditionResolutionSchema, conditionStatusLabels, label } from "@bk/domain";
import { SegmentedControl, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useI18n } from "../../../i18n/i18n";
import { formMessage } from "../../../shared/forms/server-errors";
import { useServerMutation } from "../../../shared/forms/useServerMutation";
import { orNull, useZodForm } from "../../../shared/forms/useZodForm";
import { useViewer } from "../../accounts/viewer";
import type { GrantDetail } from "../GrantFacts";
import { RESOLVE_CONDITION } from "../grant.mutations";
import { FormActions } from "./FormActions";

const today = () => new Date().toISOString().slice(0, 10);

/** Marks an open condition fulfilled or waived, with the date and who judged it. */
export function ResolveConditionForm({
  grant,
  condition,
  onDone,
}: {
  grant: GrantDetail;
  condition: GrantDetail["conditions"][number];
  onDone(): void;
}) {
  const { t, locale } = useI18n();
  const mutation = useServerMutation(RESOLVE_CONDITION, t("condition.resolved"));
  const { viewer } = useViewer();
  const initial = {
    status: "FULFILLED" as "FULFILLED" | "WAIVED",
    resolvedDate: today(),
    resolvedBy: viewer?.name ?? "",
    evidence: condition.evidence ?? "",
  };
  const toInput = (v: typeof initial) => ({ ...v, evidence: orNull(v.evidence) });
  const form = useZodForm(conditionResolutionSchema, initial, toInput, mutation.errors);
  return (
    <form
      onSubmit={form.onSubmit(async (v) => {
        if (await mutation.run({ id: condition.id, expectedVersion: grant.version, input: toInput(v) })) onDone();
      })}
    >
      <Stack>
        <Text size="sm">{condition.text}</Text>
        <SegmentedControl
          aria-label={t("condition.resolution")}
          data={(["FULFILLED", "WAIVED"] as const).map((s) => ({ value: s, label: label(conditionStatusLabels, s, locale) }))}
          {...form.getInputProps("status")}
        />
        <TextInput type="date" label={t("condition.resolvedDate")} withAsterisk {...form.getInputProps("resolvedDate")} />
        <TextInput label={t("condition.resolvedBy")} withAsterisk {...form.getInputProps("resolvedBy")} />
        <Textarea label={t("condition.evidence")} autosize {...form.getInputProps("evidence")} />
        <FormActions loading={mutation.loading} error={formMessage(mutation.errors, form.values)} onCancel={onDone} />
      </Stack>
    </form>
  );
}
