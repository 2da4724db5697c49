import { useQuery } from "@apollo/client/react";
import {
  FIRST_YEAR,
  isHeldYear,
  LAST_YEAR,
  label,
  PartnerRoleKind,
  partnerRoleLabels,
  type ReasonKey,
  type ReasonParams,
  wordReason,
} from "@bk/domain";
import { NumberInput, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useI18n } from "../../i18n/i18n";
import { onlyMessage } from "../../shared/forms/server-errors";
import { useServerMutation } from "../../shared/forms/useServerMutation";
import { FormActions } from "../grants/forms/FormActions";
import { APPLICATION_OPTIONS } from "../grants/grants.queries";
import { ADD_PARTNER_ROLE } from "./partners.queries";

const YEARS = { min: FIRST_YEAR, max: LAST_YEAR };

const year = (v: number | string) => (typeof v === "number" ? v : null);

/** Gives the organisation a role in a project for some years. */
export function PartnerRoleForm({ organisationId, onDone }: { organisationId: string; onDone(saved: boolean): void }) {
  const { t, locale } = useI18n();
  const why = (reason: ReasonKey, params: ReasonParams = {}) => wordReason(reason, params, locale);
  const options = useQuery(APPLICATION_OPTIONS);
  const projects = options.data?.projects.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? [];
  const mutation = useServerMutation(ADD_PARTNER_ROLE, t("org.roleSaved"));
  const form = useForm({
    mode: "controlled",
    initialValues: {
      projectId: null as string | null,
      role: "PARTICIPANT" as PartnerRoleKind,
      fromYear: "" as number | string,
      toYear: "" as number | string,
      note: "",
    },
    validateInputOnChange: true,
    validate: {
      projectId: (v) => (v ? null : why("partnerRole.projectRequired")),
      fromYear: (v) => (v === "" || (typeof v === "number" && isHeldYear(v)) ? null : why("year.outOfRange", YEARS)),
      toYear: (v, values) =>
        v === ""
          ? null
          : typeof v !== "number" || !isHeldYear(v)
            ? why("year.outOfRange", YEARS)
            : typeof values.fromYear === "number" && v < values.fromYear
              ? why("partnerRole.yearsReversed")
              : null,
    },
  });
  return (
    <form
      onSubmit={form.onSubmit(async (v) => {
        const ok = await mutation.run({
          input: {
            projectId: v.projectId ?? "",
            organisationId,
            role: v.role,
            fromYear: year(v.fromYear),
            toYear: year(v.toYear),
            note: v.note || null,
          },
        });
        if (ok) onDone(true);
      })}
    >
      <Stack>
        <Select label={t("eval.project")} data={projects} searchable withAsterisk {...form.getInputProps("projectId")} />
        <Select
          label={t("org.role")}
          data={Object.values(PartnerRoleKind).map((r) => ({ value: r, label: label(partnerRoleLabels, r, locale) }))}
          allowDeselect={false}
          {...form.getInputProps("role")}
        />
        <SimpleGrid cols={2}>
          <NumberInput label={t("org.fromYear")} allowDecimal={false} thousandSeparator="" {...form.getInputProps("fromYear")} />
          <NumberInput label={t("org.toYear")} allowDecimal={false} thousandSeparator="" {...form.getInputProps("toYear")} />
        </SimpleGrid>
        <TextInput label={t("stat.note")} {...form.getInputProps("note")} />
        <FormActions loading={mutation.loading} error={onlyMessage(mutation.errors)} onCancel={() => onDone(false)} />
      </Stack>
    </form>
  );
}
