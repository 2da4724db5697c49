import { budgetYearSchema } from "@bk/domain";
import { NumberInput, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import { useServerMutation } from "../../shared/forms/useServerMutation";
import { numOrNull, orNull, useZodForm } from "../../shared/forms/useZodForm";
import { FormActions } from "../grants/forms/FormActions";
import { SET_BUDGET_YEAR } from "./financing.queries";
import type { FinancingProject } from "./useProjectFinancing";

type Budget = FinancingProject["budgetYears"][number];

/** A year's budget need and own funding (a second save for the same year replaces it). */
export function BudgetYearForm({
  project,
  budget,
  year,
  onDone,
}: {
  project: FinancingProject;
  budget?: Budget;
  year?: number;
  /** Closes the form; `saved` when something was stored (the computed figures are then asked for again). */
  onDone(saved?: boolean): void;
}) {
  const { t } = useI18n();
  const mutation = useServerMutation(SET_BUDGET_YEAR, t("fin.budget.saved"));
  const initial = {
    year: (budget?.year ?? year ?? "") as number | string,
    amount: budget?.amount ?? "",
    ownFunding: budget?.ownFunding ?? "",
    note: budget?.note ?? "",
  };
  const toInput = (v: typeof initial) => ({
    year: numOrNull(v.year) ?? Number.NaN,
    amount: v.amount,
    ownFunding: orNull(v.ownFunding),
    note: orNull(v.note),
  });
  const form = useZodForm(budgetYearSchema, initial, toInput, mutation.errors);
  return (
    <form
      onSubmit={form.onSubmit(async (v) => {
        if (await mutation.run({ projectId: project.id, input: budgetYearSchema.parse(toInput(v)), expectedVersion: budget?.version }))
          onDone(true);
      })}
    >
      <Stack>
        <SimpleGrid cols={3}>
          <NumberInput
            label={t("fin.budget.year")}
            withAsterisk
            allowDecimal={false}
            thousandSeparator=""
            disabled={!!budget}
            {...form.getInputProps("year")}
          />
          <TextInput label={t("fin.budget.amount")} withAsterisk inputMode="decimal" {...form.getInputProps("amount")} />
          <TextInput label={t("fin.budget.own")} inputMode="decimal" {...form.getInputProps("ownFunding")} />
        </SimpleGrid>
        <Textarea label={t("fin.budget.note")} autosize {...form.getInputProps("note")} />
        <FormActions loading={mutation.loading} error={mutation.errors.message} onCancel={() => onDone(false)} />
      </Stack>
    </form>
  );
}
