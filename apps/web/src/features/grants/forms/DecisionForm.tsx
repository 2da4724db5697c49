import { DECISION_OUTCOMES, decisionSchema, grantStatusLabels, label } from "@bk/domain";
import { Checkbox, SegmentedControl, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useI18n } from "../../../i18n/i18n";
import { useFormat } from "../../../shared/format";
import { useServerMutation } from "../../../shared/forms/useServerMutation";
import { orNull, useZodForm } from "../../../shared/forms/useZodForm";
import type { GrantDetail } from "../GrantFacts";
import { DECIDE_GRANT } from "../grant.mutations";
import { FormActions } from "./FormActions";

type Outcome = (typeof DECISION_OUTCOMES)[number];

export function DecisionForm({ grant, onDone }: { grant: GrantDetail; onDone(): void }) {
  const { t, locale } = useI18n();
  const f = useFormat();
  const mutation = useServerMutation(DECIDE_GRANT, t("decision.saved"));
  const toInput = (v: typeof initial) => ({
    outcome: v.outcome,
    amountGranted: v.outcome === "REJECTED" ? null : orNull(v.amountGranted),
    decisionDate: v.decisionDate,
    funderReference: orNull(v.funderReference),
    decisionText: orNull(v.decisionText),
    allowAboveApplied: v.allowAboveApplied,
  });
  const initial = {
    outcome: "GRANTED" as Outcome,
    amountGranted: grant.amountApplied ?? "",
    decisionDate: "",
    funderReference: grant.funderReference ?? "",
    decisionText: "",
    allowAboveApplied: false,
  };
  const form = useZodForm(decisionSchema, initial, toInput, mutation.errors);

  return (
    <form
      onSubmit={form.onSubmit(async (v) => {
        const input = decisionSchema.parse(toInput(v));
        if (await mutation.run({ id: grant.id, expectedVersion: grant.version, input })) onDone();
      })}
    >
      <Stack>
        <Text size="sm" c="dimmed">
          {t("grant.amountApplied")}: {f.money(grant.amountApplied)}
        </Text>
        <SegmentedControl
          aria-label={t("decision.outcome")}
          data={DECISION_OUTCOMES.map((s) => ({
            value: s,
            label: label(grantStatusLabels, s, locale),
          }))}
          {...form.getInputProps("outcome")}
        />
        {form.values.outcome !== "REJECTED" && (
          <TextInput label={t("decision.amount")} inputMode="decimal" withAsterisk {...form.getInputProps("amountGranted")} />
        )}
        <TextInput type="date" label={t("decision.date")} withAsterisk {...form.getInputProps("decisionDate")} />
        <TextInput label={t("decision.reference")} {...form.getInputProps("funderReference")} />
        <Textarea label={t("decision.text")} autosize minRows={2} {...form.getInputProps("decisionText")} />
        <Checkbox label={t("decision.allowAbove")} {...form.getInputProps("allowAboveApplied", { type: "checkbox" })} />
        <FormActions loading={mutation.loading} error={mutation.errors.message} onCancel={onDone} />
      </Stack>
    </form>
  );
}
