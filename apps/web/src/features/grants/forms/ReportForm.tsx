import { label, ReportKind, ReportStatus, reportKindLabels, reportSchema, reportStatusLabels } from "@bk/domain";
import { Select, Stack, TextInput } from "@mantine/core";
import { useI18n } from "../../../i18n/i18n";
import { formMessage } from "../../../shared/forms/server-errors";
import { useServerMutation } from "../../../shared/forms/useServerMutation";
import { orNull, useZodForm } from "../../../shared/forms/useZodForm";
import type { GrantDetail } from "../GrantFacts";
import { ADD_REPORT, UPDATE_REPORT } from "../grant.mutations";
import { FormActions } from "./FormActions";

type Report = GrantDetail["reportRequirements"][number];

/** Adds a report requirement, or records that it came in or was approved. */
export function ReportForm({ grant, report, onDone }: { grant: GrantDetail; report?: Report; onDone(): void }) {
  const { t, locale } = useI18n();
  const add = useServerMutation(ADD_REPORT, t("report.saved"));
  const update = useServerMutation(UPDATE_REPORT, t("report.saved"));
  const mutation = report ? update : add;
  const initial = {
    kind: (report?.kind ?? "INTERIM") as ReportKind,
    title: report?.title ?? "",
    dueDate: report?.dueDate ?? "",
    status: (report?.status ?? "DUE") as ReportStatus,
    receivedDate: report?.receivedDate ?? "",
    approvedDate: report?.approvedDate ?? "",
  };
  const toInput = (v: typeof initial) => ({
    ...v,
    dueDate: orNull(v.dueDate),
    receivedDate: orNull(v.receivedDate),
    approvedDate: orNull(v.approvedDate),
  });
  const form = useZodForm(reportSchema, initial, toInput, mutation.errors);
  return (
    <form
      onSubmit={form.onSubmit(async (v) => {
        const input = toInput(v);
        const ok = report
          ? await update.run({ id: report.id, expectedVersion: grant.version, input })
          : await add.run({ grantId: grant.id, expectedVersion: grant.version, input });
        if (ok) onDone();
      })}
    >
      <Stack>
        <Select
          label={t("report.kind")}
          data={Object.values(ReportKind).map((k) => ({ value: k, label: label(reportKindLabels, k, locale) }))}
          allowDeselect={false}
          {...form.getInputProps("kind")}
        />
        <TextInput label={t("report.title")} withAsterisk {...form.getInputProps("title")} />
        <TextInput type="date" label={t("report.due")} {...form.getInputProps("dueDate")} />
        <Select
          label={t("report.status")}
          data={Object.values(ReportStatus).map((s) => ({ value: s, label: label(reportStatusLabels, s, locale) }))}
          allowDeselect={false}
          {...form.getInputProps("status")}
        />
        <TextInput type="date" label={t("report.received")} {...form.getInputProps("receivedDate")} />
        <TextInput type="date" label={t("report.approved")} {...form.getInputProps("approvedDate")} />
        <FormActions loading={mutation.loading} error={formMessage(mutation.errors, form.values)} onCancel={onDone} />
      </Stack>
    </form>
  );
}
