import { useQuery } from "@apollo/client/react";
import { Checkbox, Stack, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useI18n } from "../../i18n/i18n";
import { AuditTrail } from "../../shared/AuditTrail";
import { useServerMutation } from "../../shared/forms/useServerMutation";
import { FormActions } from "../grants/forms/FormActions";
import { ADD_INDICATOR, INDICATOR_TRAIL, UPDATE_INDICATOR } from "./statistics.queries";

/** The indicator being edited, as the page read it (its version guards against concurrent edits). */
export type EditedIndicator = {
  id: string;
  version: number;
  name: string;
  unit: string;
  definition?: string | null;
  countsPeople: boolean;
};

/**
 * A new indicator, or changes to one: what is measured, in which unit, and whether it counts
 * people (then small counts are protected). Editing shows the indicator's change log below.
 */
export function IndicatorForm({ indicator, onDone }: { indicator?: EditedIndicator; onDone(id: string | null): void }) {
  const { t } = useI18n();
  const add = useServerMutation(ADD_INDICATOR, t("stat.indicatorSaved"));
  const update = useServerMutation(UPDATE_INDICATOR, t("stat.indicatorSaved"));
  const mutation = indicator ? update : add;
  const form = useForm({
    mode: "controlled",
    initialValues: {
      name: indicator?.name ?? "",
      unit: indicator?.unit ?? "",
      definition: indicator?.definition ?? "",
      countsPeople: indicator?.countsPeople ?? true,
    },
    validateInputOnChange: true,
    validate: {
      name: (v) => (v.trim().length < 2 ? t("stat.nameRequired") : null),
      unit: (v) => (v.trim() ? null : t("stat.unitRequired")),
    },
  });
  async function save(v: typeof form.values) {
    const input = { ...v, definition: v.definition || null };
    if (indicator) {
      const res = await update.run({ id: indicator.id, input, expectedVersion: indicator.version });
      if (res) onDone(res.updateIndicator.id);
    } else {
      const res = await add.run({ input });
      if (res) onDone(res.addIndicator.id);
    }
  }
  return (
    <form onSubmit={form.onSubmit(save)}>
      <Stack>
        <TextInput
          label={t("stat.name")}
          withAsterisk
          {...form.getInputProps("name")}
          error={form.errors.name ?? mutation.errors.fields.name}
        />
        <TextInput
          label={t("stat.unit")}
          withAsterisk
          {...form.getInputProps("unit")}
          error={form.errors.unit ?? mutation.errors.fields.unit}
        />
        <Textarea label={t("stat.definition")} autosize {...form.getInputProps("definition")} />
        <Checkbox label={t("stat.countsPeople")} {...form.getInputProps("countsPeople", { type: "checkbox" })} />
        <FormActions loading={mutation.loading} error={mutation.errors.message} onCancel={() => onDone(null)} />
        {indicator && <IndicatorTrail id={indicator.id} />}
      </Stack>
    </form>
  );
}

/** The indicator's changes, below its form. */
function IndicatorTrail({ id }: { id: string }) {
  const { data } = useQuery(INDICATOR_TRAIL, { variables: { id }, fetchPolicy: "cache-and-network" });
  const node = data?.node;
  return node && "auditEntries" in node ? <AuditTrail entries={node.auditEntries} /> : null;
}
