import { Checkbox, Stack, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useI18n } from "../../i18n/i18n";
import { useServerMutation } from "../../shared/forms/useServerMutation";
import { FormActions } from "../grants/forms/FormActions";
import { ADD_INDICATOR } from "./statistics.queries";

/** A new indicator: what is measured, in which unit, and whether it counts people (then small counts are protected). */
export function IndicatorForm({ onDone }: { onDone(id: string | null): void }) {
  const { t } = useI18n();
  const mutation = useServerMutation(ADD_INDICATOR, t("stat.indicatorSaved"));
  const form = useForm({
    mode: "controlled",
    initialValues: { name: "", unit: "", definition: "", countsPeople: true },
    validateInputOnChange: true,
    validate: {
      name: (v) => (v.trim().length < 2 ? "Namnet måste anges" : null),
      unit: (v) => (v.trim() ? null : "Ange en enhet, t.ex. personer"),
    },
  });
  return (
    <form
      onSubmit={form.onSubmit(async (v) => {
        const res = await mutation.run({ input: { ...v, definition: v.definition || null } });
        if (res) onDone(res.addIndicator.id);
      })}
    >
      <Stack>
        <TextInput label={t("stat.name")} withAsterisk {...form.getInputProps("name")} />
        <TextInput label={t("stat.unit")} withAsterisk {...form.getInputProps("unit")} />
        <Textarea label={t("stat.definition")} autosize {...form.getInputProps("definition")} />
        <Checkbox label={t("stat.countsPeople")} {...form.getInputProps("countsPeople", { type: "checkbox" })} />
        <FormActions loading={mutation.loading} error={mutation.errors.message} onCancel={() => onDone(null)} />
      </Stack>
    </form>
  );
}
