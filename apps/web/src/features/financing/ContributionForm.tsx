import { useQuery } from "@apollo/client/react";
import {
  ContributionKind,
  ContributionStatus,
  contributionKindLabels,
  contributionSchema,
  contributionStatusLabels,
  label,
} from "@bk/domain";
import { Button, Group, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import { useServerMutation } from "../../shared/forms/useServerMutation";
import { numOrNull, orNull, useZodForm } from "../../shared/forms/useZodForm";
import { FormActions } from "../grants/forms/FormActions";
import { APPLICATION_OPTIONS } from "../grants/grants.queries";
import { ADD_CONTRIBUTION, DELETE_CONTRIBUTION, UPDATE_CONTRIBUTION } from "./financing.queries";
import type { FinancingProject } from "./useProjectFinancing";

type Contribution = FinancingProject["contributions"][number];

/** A partner's cash or in-kind contribution for a year: add, change (e.g. pledged → committed) or remove. */
export function ContributionForm({
  project,
  contribution,
  onDone,
}: {
  project: FinancingProject;
  contribution?: Contribution;
  /** Closes the form; `saved` when something was stored (the computed figures are then asked for again). */
  onDone(saved?: boolean): void;
}) {
  const { t, locale } = useI18n();
  const options = useQuery(APPLICATION_OPTIONS);
  const orgs = options.data?.organisations.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? [];
  const add = useServerMutation(ADD_CONTRIBUTION, t("fin.contribution.saved"));
  const update = useServerMutation(UPDATE_CONTRIBUTION, t("fin.contribution.saved"));
  const remove = useServerMutation(DELETE_CONTRIBUTION, t("fin.contribution.deleted"));
  const mutation = contribution ? update : add;
  const initial = {
    organisationId: contribution?.organisation.id ?? null,
    year: (contribution?.year ?? "") as number | string,
    kind: (contribution?.kind ?? "CASH") as ContributionKind,
    amount: contribution?.amount ?? "",
    status: (contribution?.status ?? "PLEDGED") as ContributionStatus,
    description: contribution?.description ?? "",
  };
  const toInput = (v: typeof initial) => ({
    organisationId: v.organisationId ?? "",
    year: numOrNull(v.year) ?? Number.NaN,
    kind: v.kind,
    amount: orNull(v.amount),
    status: v.status,
    description: orNull(v.description),
  });
  const form = useZodForm(contributionSchema, initial, toInput, mutation.errors);
  return (
    <form
      onSubmit={form.onSubmit(async (v) => {
        const input = contributionSchema.parse(toInput(v));
        const ok = contribution
          ? await update.run({ id: contribution.id, input, expectedVersion: contribution.version })
          : await add.run({ projectId: project.id, input });
        if (ok) onDone(true);
      })}
    >
      <Stack>
        <Select label={t("fin.contribution.partner")} data={orgs} searchable withAsterisk {...form.getInputProps("organisationId")} />
        <SimpleGrid cols={2}>
          <NumberInput
            label={t("fin.contribution.year")}
            withAsterisk
            allowDecimal={false}
            thousandSeparator=""
            {...form.getInputProps("year")}
          />
          <TextInput label={t("fin.contribution.amount")} inputMode="decimal" {...form.getInputProps("amount")} />
        </SimpleGrid>
        <SegmentedControl
          aria-label={t("fin.contribution.kind")}
          data={Object.values(ContributionKind).map((k) => ({ value: k, label: label(contributionKindLabels, k, locale) }))}
          {...form.getInputProps("kind")}
        />
        <SegmentedControl
          aria-label={t("fin.contribution.status")}
          data={Object.values(ContributionStatus).map((s) => ({ value: s, label: label(contributionStatusLabels, s, locale) }))}
          {...form.getInputProps("status")}
        />
        <TextInput label={t("fin.contribution.description")} {...form.getInputProps("description")} />
        <FormActions loading={mutation.loading} error={mutation.errors.message ?? remove.errors.message} onCancel={() => onDone(false)} />
        {contribution && (
          <Group justify="flex-start">
            <Button
              variant="subtle"
              color="red"
              size="xs"
              loading={remove.loading}
              onClick={async () => {
                if (await remove.run({ id: contribution.id, expectedVersion: contribution.version })) onDone(true);
              }}
            >
              {t("fin.delete")}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
