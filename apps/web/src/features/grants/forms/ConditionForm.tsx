import { conditionSchema } from "@bk/domain";
import { Checkbox, Stack, Textarea, TextInput } from "@mantine/core";
import { useI18n } from "../../../i18n/i18n";
import { formMessage } from "../../../shared/forms/server-errors";
import { useServerMutation } from "../../../shared/forms/useServerMutation";
import { orNull, useZodForm } from "../../../shared/forms/useZodForm";
import type { GrantDetail } from "../GrantFacts";
import { ADD_CONDITION, UPDATE_CONDITION } from "../grant.mutations";
import { FormActions } from "./FormActions";

type Condition = GrantDetail["conditions"][number];

/** Adds a condition to the decision, or edits one. */
export function ConditionForm({ grant, condition, onDone }: { grant: GrantDetail; condition?: Condition; onDone(): void }) {
  const { t } = useI18n();
  const add = useServerMutation(ADD_CONDITION, t("condition.saved"));
  const update = useServerMutation(UPDATE_CONDITION, t("condition.saved"));
  const mutation = condition ? update : add;
  const initial = {
    text: condition?.text ?? "",
    dueDate: condition?.dueDate ?? "",
    blocksPayment: condition?.blocksPayment ?? false,
    evidence: condition?.evidence ?? "",
  };
  const toInput = (v: typeof initial) => ({
    text: v.text,
    dueDate: orNull(v.dueDate),
    blocksPayment: v.blocksPayment,
    evidence: orNull(v.evidence),
  });
  const form = useZodForm(conditionSchema, initial, toInput, mutation.errors);

  return (
    <form
      onSubmit={form.onSubmit(async (v) => {
        const input = toInput(v);
        const ok = condition
          ? await update.run({ id: condition.id, expectedVersion: grant.version, input })
          : await add.run({ grantId: grant.id, expectedVersion: grant.version, input });
        if (ok) onDone();
      })}
    >
      <Stack>
        <Textarea label={t("condition.text")} withAsterisk autosize minRows={3} {...form.getInputProps("text")} />
        <TextInput type="date" label={t("condition.due")} {...form.getInputProps("dueDate")} />
        <Checkbox label={t("condition.blocks")} {...form.getInputProps("blocksPayment", { type: "checkbox" })} />
        <Textarea label={t("condition.evidence")} autosize {...form.getInputProps("evidence")} />
        <FormActions loading={mutation.loading} error={formMessage(mutation.errors, form.values)} onCancel={onDone} />
      </Stack>
    </form>
  );
}
