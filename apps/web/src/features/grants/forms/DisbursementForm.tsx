import { disbursementSchema, disbursementStatusLabels, label, sumMoney } from "@bk/domain";
import { SegmentedControl, Stack, Text, TextInput } from "@mantine/core";
import { useI18n } from "../../../i18n/i18n";
import { useFormat } from "../../../shared/format";
import { useServerMutation } from "../../../shared/forms/useServerMutation";
import { orNull, useZodForm } from "../../../shared/forms/useZodForm";
import type { GrantDetail } from "../GrantFacts";
import { ADD_DISBURSEMENT, UPDATE_DISBURSEMENT } from "../grant.mutations";
import { FormActions } from "./FormActions";

type Disbursement = GrantDetail["disbursements"][number];

/** Plans a payment, records one, or marks a planned one as paid. */
export function DisbursementForm({
  grant,
  disbursement,
  markPaid,
  onDone,
}: {
  grant: GrantDetail;
  disbursement?: Disbursement;
  markPaid?: boolean;
  onDone(): void;
}) {
  const { t, locale } = useI18n();
  const f = useFormat();
  const add = useServerMutation(ADD_DISBURSEMENT, t("disbursement.saved"));
  const update = useServerMutation(UPDATE_DISBURSEMENT, t("disbursement.saved"));
  const mutation = disbursement ? update : add;
  const paid = sumMoney(grant.disbursements.filter((d) => d.status === "PAID").map((d) => d.amount));
  const initial = {
    amount: disbursement?.amount ?? "",
    plannedDate: disbursement?.plannedDate ?? "",
    status: (markPaid ? "PAID" : (disbursement?.status ?? "PLANNED")) as "PLANNED" | "PAID",
    paidDate: markPaid ? new Date().toISOString().slice(0, 10) : (disbursement?.paidDate ?? ""),
  };
  const toInput = (v: typeof initial) => ({
    ...v,
    plannedDate: orNull(v.plannedDate),
    paidDate: v.status === "PAID" ? orNull(v.paidDate) : null,
  });
  const form = useZodForm(disbursementSchema, initial, toInput, mutation.errors);
  return (
    <form
      onSubmit={form.onSubmit(async (v) => {
        // What the rules read ("60 000 kr" → "60000"), as the API takes it.
        const input = disbursementSchema.parse(toInput(v));
        const ok = disbursement
          ? await update.run({ id: disbursement.id, expectedVersion: grant.version, input })
          : await add.run({ grantId: grant.id, expectedVersion: grant.version, input });
        if (ok) onDone();
      })}
    >
      <Stack>
        <Text size="sm" c="dimmed">
          {t("disbursement.granted", { granted: f.money(grant.amountGranted), paid: f.money(paid) })}
        </Text>
        <TextInput label={t("disbursement.amount")} inputMode="decimal" withAsterisk {...form.getInputProps("amount")} />
        <TextInput type="date" label={t("disbursement.planned")} {...form.getInputProps("plannedDate")} />
        <SegmentedControl
          aria-label={t("disbursement.status")}
          data={(["PLANNED", "PAID"] as const).map((s) => ({ value: s, label: label(disbursementStatusLabels, s, locale) }))}
          {...form.getInputProps("status")}
        />
        {form.values.status === "PAID" && (
          <TextInput type="date" label={t("disbursement.paid")} withAsterisk {...form.getInputProps("paidDate")} />
        )}
        <FormActions loading={mutation.loading} error={mutation.errors.message} onCancel={onDone} />
      </Stack>
    </form>
  );
}
