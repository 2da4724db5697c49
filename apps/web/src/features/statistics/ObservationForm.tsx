import { useQuery } from "@apollo/client/react";
import { observationSchema } from "@bk/domain";
import { NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import { formMessage } from "../../shared/forms/server-errors";
import { useServerMutation } from "../../shared/forms/useServerMutation";
import { orNull, useZodForm } from "../../shared/forms/useZodForm";
import { FormActions } from "../grants/forms/FormActions";
import { APPLICATION_OPTIONS } from "../grants/grants.queries";
import { ADD_OBSERVATION, UPDATE_OBSERVATION } from "./statistics.queries";

type Defaults = { indicatorId: string; organisationId?: string | null; projectId?: string | null };

/** An existing value to change (only values the caller may see in full can be edited). */
export type EditedObservation = {
  id: string;
  version: number;
  periodStart?: string | null;
  periodEnd?: string | null;
  breakdown?: string | null;
  value?: string | null;
  note?: string | null;
  organisation?: { id: string } | null;
  project?: { id: string } | null;
};

/** A new value: refused as typed when negative, and by the server when a breakdown exceeds its total or periods overlap. */
export function ObservationForm({
  defaults,
  observation,
  onDone,
}: {
  defaults: Defaults;
  observation?: EditedObservation;
  onDone(): void;
}) {
  const { t } = useI18n();
  const options = useQuery(APPLICATION_OPTIONS);
  const orgs = options.data?.organisations.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? [];
  const projects = options.data?.projects.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? [];
  const add = useServerMutation(ADD_OBSERVATION, t("stat.saved"));
  const update = useServerMutation(UPDATE_OBSERVATION, t("stat.saved"));
  const mutation = observation ? update : add;
  const o = observation;
  const initial = {
    indicatorId: defaults.indicatorId,
    organisationId: o ? (o.organisation?.id ?? null) : (defaults.organisationId ?? null),
    projectId: o ? (o.project?.id ?? null) : (defaults.projectId ?? null),
    periodStart: o?.periodStart ?? "",
    periodEnd: o?.periodEnd ?? "",
    breakdown: o?.breakdown ?? "",
    value: (o?.value != null ? Number(o.value) : "") as number | string,
    note: o?.note ?? "",
  };
  const toInput = (v: typeof initial) => ({
    indicatorId: v.indicatorId,
    periodStart: v.periodStart,
    periodEnd: v.periodEnd,
    breakdown: orNull(v.breakdown),
    value: typeof v.value === "number" ? v.value : Number.NaN,
    note: orNull(v.note),
  });
  const form = useZodForm(observationSchema, initial, toInput, mutation.errors);
  return (
    <form
      onSubmit={form.onSubmit(async (v) => {
        const input = { ...toInput(v), organisationId: v.organisationId, projectId: v.projectId };
        const ok = o ? await update.run({ id: o.id, input, expectedVersion: o.version }) : await add.run({ input });
        if (ok) onDone();
      })}
    >
      <Stack>
        <SimpleGrid cols={2}>
          <Select label={t("stat.reporter")} data={orgs} searchable clearable {...form.getInputProps("organisationId")} />
          <Select label={t("eval.project")} data={projects} searchable clearable {...form.getInputProps("projectId")} />
          <TextInput type="date" label={t("stat.periodStart")} withAsterisk {...form.getInputProps("periodStart")} />
          <TextInput type="date" label={t("stat.periodEnd")} withAsterisk {...form.getInputProps("periodEnd")} />
        </SimpleGrid>
        <TextInput label={t("stat.breakdown")} placeholder={t("stat.total")} {...form.getInputProps("breakdown")} />
        <NumberInput label={t("stat.value")} withAsterisk thousandSeparator=" " decimalSeparator="," {...form.getInputProps("value")} />
        <Textarea label={t("stat.note")} autosize {...form.getInputProps("note")} />
        <FormActions loading={mutation.loading} error={formMessage(mutation.errors, form.values)} onCancel={onDone} />
      </Stack>
    </form>
  );
}
