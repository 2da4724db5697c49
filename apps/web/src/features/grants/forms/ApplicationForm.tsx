import { useQuery } from "@apollo/client/react";
import { grantApplicationSchema } from "@bk/domain";
import { ActionIcon, Button, Group, NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useI18n } from "../../../i18n/i18n";
import { formMessage } from "../../../shared/forms/server-errors";
import { useServerMutation } from "../../../shared/forms/useServerMutation";
import { numOrNull, orNull, useZodForm } from "../../../shared/forms/useZodForm";
import type { GrantDetail } from "../GrantFacts";
import { CREATE_GRANT, UPDATE_GRANT } from "../grant.mutations";
import { APPLICATION_OPTIONS } from "../grants.queries";
import { FormActions } from "./FormActions";

type Values = {
  title: string;
  description: string;
  funderId: string | null;
  applicantId: string | null;
  recipientId: string | null;
  programmeId: string | null;
  projectId: string | null;
  funderReference: string;
  applicantReference: string;
  amountApplied: string;
  applicationDeadline: string;
  periodStartYear: number | string;
  periodEndYear: number | string;
  yearAmounts: { year: number | string; amountApplied: string }[];
  note: string;
};

const fromGrant = (g?: GrantDetail): Values => ({
  title: g?.title ?? "",
  description: g?.description ?? "",
  funderId: g?.funder.id ?? null,
  applicantId: g?.applicant.id ?? null,
  recipientId: g?.recipient.id ?? null,
  programmeId: g?.programme?.id ?? null,
  projectId: g?.project?.id ?? null,
  funderReference: g?.funderReference ?? "",
  applicantReference: g?.applicantReference ?? "",
  amountApplied: g?.amountApplied ?? "",
  applicationDeadline: g?.applicationDeadline ?? "",
  periodStartYear: g?.periodStartYear ?? "",
  periodEndYear: g?.periodEndYear ?? "",
  yearAmounts: g?.yearAmounts.map((y) => ({ year: y.year, amountApplied: y.amountApplied ?? "" })) ?? [],
  note: g?.note ?? "",
});

const toInput = (v: Values) => ({
  ...v,
  funderId: v.funderId ?? "",
  applicantId: v.applicantId ?? "",
  recipientId: v.recipientId ?? "",
  description: orNull(v.description),
  funderReference: orNull(v.funderReference),
  applicantReference: orNull(v.applicantReference),
  applicationDeadline: orNull(v.applicationDeadline),
  periodStartYear: numOrNull(v.periodStartYear),
  periodEndYear: numOrNull(v.periodEndYear),
  yearAmounts: v.yearAmounts.map((y) => ({ year: numOrNull(y.year) ?? 0, amountApplied: y.amountApplied })),
  note: orNull(v.note),
});

/** The application: create a new one, or edit one before its decision. */
export function ApplicationForm({ grant, onDone }: { grant?: GrantDetail; onDone(id: string | null): void }) {
  const { t } = useI18n();
  const options = useQuery(APPLICATION_OPTIONS);
  const orgs = options.data?.organisations.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? [];
  const programmes = options.data?.programmes.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? [];
  const projects = options.data?.projects.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? [];
  const create = useServerMutation(CREATE_GRANT, t("app.created"));
  const update = useServerMutation(UPDATE_GRANT, t("app.updated"));
  const mutation = grant ? update : create;
  const form = useZodForm(grantApplicationSchema, fromGrant(grant), toInput, mutation.errors);
  const org = (name: keyof Values, key: Parameters<typeof t>[0], required = true) => (
    <Select label={t(key)} data={orgs} searchable withAsterisk={required} clearable={!required} {...form.getInputProps(name)} />
  );

  return (
    <form
      onSubmit={form.onSubmit(async (v) => {
        const input = grantApplicationSchema.parse(toInput(v));
        if (grant) {
          if (await update.run({ id: grant.id, expectedVersion: grant.version, input })) onDone(grant.id);
        } else {
          const res = await create.run({ input });
          if (res) onDone(res.createGrant.id);
        }
      })}
    >
      <Stack>
        <TextInput label={t("app.title")} withAsterisk {...form.getInputProps("title")} />
        <Textarea label={t("app.description")} autosize minRows={2} {...form.getInputProps("description")} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {org("funderId", "app.funder")}
          {org("applicantId", "app.applicant")}
          {org("recipientId", "app.recipient")}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select label={t("app.programme")} data={programmes} searchable clearable {...form.getInputProps("programmeId")} />
          <Select label={t("app.project")} data={projects} searchable clearable {...form.getInputProps("projectId")} />
          <TextInput label={t("app.funderReference")} {...form.getInputProps("funderReference")} />
          <TextInput label={t("app.applicantReference")} {...form.getInputProps("applicantReference")} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 4 }}>
          <TextInput label={t("app.amountApplied")} inputMode="decimal" withAsterisk {...form.getInputProps("amountApplied")} />
          <TextInput type="date" label={t("app.deadline")} {...form.getInputProps("applicationDeadline")} />
          <NumberInput label={t("app.periodStart")} allowDecimal={false} thousandSeparator="" {...form.getInputProps("periodStartYear")} />
          <NumberInput label={t("app.periodEnd")} allowDecimal={false} thousandSeparator="" {...form.getInputProps("periodEndYear")} />
        </SimpleGrid>
        <div>
          <Text size="sm" fw={500}>
            {t("app.split")}
          </Text>
          {form.errors.yearAmounts && (
            <Text size="xs" c="red">
              {form.errors.yearAmounts}
            </Text>
          )}
          {form.values.yearAmounts.map((_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own.
            <Group key={i} align="flex-end" mt="xs">
              <NumberInput
                label={t("app.year")}
                w={110}
                allowDecimal={false}
                thousandSeparator=""
                {...form.getInputProps(`yearAmounts.${i}.year`)}
              />
              <TextInput label={t("app.amountApplied")} inputMode="decimal" {...form.getInputProps(`yearAmounts.${i}.amountApplied`)} />
              <ActionIcon variant="subtle" color="red" aria-label="Ta bort år" onClick={() => form.removeListItem("yearAmounts", i)} mb={4}>
                ✕
              </ActionIcon>
            </Group>
          ))}
          <Button variant="subtle" size="xs" mt="xs" onClick={() => form.insertListItem("yearAmounts", { year: "", amountApplied: "" })}>
            {t("app.addYear")}
          </Button>
        </div>
        <Textarea label={t("app.note")} autosize {...form.getInputProps("note")} />
        <FormActions loading={mutation.loading} error={formMessage(mutation.errors, form.values)} onCancel={() => onDone(null)} />
      </Stack>
    </form>
  );
}
