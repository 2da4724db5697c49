import { useQuery } from "@apollo/client/react";
import { label, OrganisationKind, organisationKindLabels, organisationSchema } from "@bk/domain";
import { Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import type { OrganisationFieldsFragment } from "../../gql/graphql";
import { useI18n } from "../../i18n/i18n";
import { formMessage } from "../../shared/forms/server-errors";
import { useServerMutation } from "../../shared/forms/useServerMutation";
import { orNull, useZodForm } from "../../shared/forms/useZodForm";
import { FormActions } from "../grants/forms/FormActions";
import { CREATE_ORGANISATION, ORGANISATIONS, UPDATE_ORGANISATION } from "./partners.queries";

/** Create or edit an organisation; the organisationsnummer is checked with its check digit as it is typed. */
export function OrganisationForm({ organisation, onDone }: { organisation?: OrganisationFieldsFragment; onDone(id: string | null): void }) {
  const { t, locale } = useI18n();
  const all = useQuery(ORGANISATIONS, { variables: {} });
  const parents = (all.data?.organisations.edges ?? [])
    .filter((e) => e.node.id !== organisation?.id)
    .map((e) => ({ value: e.node.id, label: e.node.name }));
  const create = useServerMutation(CREATE_ORGANISATION, t("org.saved"));
  const update = useServerMutation(UPDATE_ORGANISATION, t("org.saved"));
  const mutation = organisation ? update : create;
  const o = organisation;
  const initial = {
    name: o?.name ?? "",
    shortName: o?.shortName ?? "",
    kind: (o?.kind ?? "NGO") as OrganisationKind,
    parentId: o?.parent?.id ?? null,
    municipality: o?.municipality ?? "",
    organisationNumber: o?.organisationNumber ?? "",
    description: o?.description ?? "",
    website: o?.website ?? "",
    email: o?.email ?? "",
    phone: o?.phone ?? "",
    address: o?.address ?? "",
  };
  const toInput = (v: typeof initial) => ({
    ...v,
    shortName: orNull(v.shortName),
    municipality: orNull(v.municipality),
    organisationNumber: orNull(v.organisationNumber),
    description: orNull(v.description),
    website: orNull(v.website),
    email: orNull(v.email),
    phone: orNull(v.phone),
    address: orNull(v.address),
  });
  const form = useZodForm(organisationSchema, initial, toInput, mutation.errors);
  return (
    <form
      onSubmit={form.onSubmit(async (v) => {
        const input = toInput(v);
        if (o) {
          if (await update.run({ id: o.id, input, expectedVersion: o.version })) onDone(o.id);
        } else {
          const res = await create.run({ input });
          if (res) onDone(res.createOrganisation.id);
        }
      })}
    >
      <Stack>
        <TextInput label={t("org.name")} withAsterisk {...form.getInputProps("name")} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t("org.shortName")} {...form.getInputProps("shortName")} />
          <Select
            label={t("org.kind")}
            data={Object.values(OrganisationKind).map((k) => ({ value: k, label: label(organisationKindLabels, k, locale) }))}
            allowDeselect={false}
            {...form.getInputProps("kind")}
          />
          <Select label={t("org.parent")} data={parents} searchable clearable {...form.getInputProps("parentId")} />
          <TextInput label={t("org.municipality")} {...form.getInputProps("municipality")} />
          <TextInput label={t("org.number")} placeholder="NNNNNN-NNNN" {...form.getInputProps("organisationNumber")} />
          <TextInput label={t("org.email")} {...form.getInputProps("email")} />
          <TextInput label={t("org.phone")} {...form.getInputProps("phone")} />
          <TextInput label={t("org.website")} {...form.getInputProps("website")} />
        </SimpleGrid>
        <TextInput label={t("org.address")} {...form.getInputProps("address")} />
        <Textarea label={t("org.description")} autosize {...form.getInputProps("description")} />
        <FormActions loading={mutation.loading} error={formMessage(mutation.errors, form.values)} onCancel={() => onDone(null)} />
      </Stack>
    </form>
  );
}
