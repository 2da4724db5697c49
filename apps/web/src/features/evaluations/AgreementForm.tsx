import { useQuery } from "@apollo/client/react";
import { type ReasonKey, type ReasonParams, wordReason } from "@bk/domain";
import { NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import type { EvaluationsOverviewQuery } from "../../gql/graphql";
import { useI18n } from "../../i18n/i18n";
import { AuditTrail } from "../../shared/AuditTrail";
import { onlyMessage } from "../../shared/forms/server-errors";
import { useServerMutation } from "../../shared/forms/useServerMutation";
import { FormActions } from "../grants/forms/FormActions";
import { APPLICATION_OPTIONS } from "../grants/grants.queries";
import { AGREEMENT_TRAIL, CREATE_AGREEMENT, UPDATE_AGREEMENT } from "./evaluations.queries";

type Agreement = EvaluationsOverviewQuery["agreements"]["edges"][number]["node"];

/** An agreement between a committee and an organisation, with its follow-up clause. */
export function AgreementForm({ agreement, onDone }: { agreement?: Agreement; onDone(): void }) {
  const { t, locale } = useI18n();
  const why = (reason: ReasonKey, params: ReasonParams = {}) => wordReason(reason, params, locale);
  const options = useQuery(APPLICATION_OPTIONS);
  const orgs = options.data?.organisations.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? [];
  const create = useServerMutation(CREATE_AGREEMENT, t("eval.saved"));
  const update = useServerMutation(UPDATE_AGREEMENT, t("eval.saved"));
  const mutation = agreement ? update : create;
  const form = useForm({
    mode: "controlled",
    initialValues: {
      title: agreement?.title ?? "",
      principalId: agreement?.principal.id ?? null,
      counterpartyId: agreement?.counterparty.id ?? null,
      purpose: agreement?.purpose ?? "",
      startDate: agreement?.startDate ?? "",
      endDate: agreement?.endDate ?? "",
      followUpClause: agreement?.followUpClause ?? "",
      followUpIntervalYears: (agreement?.followUpIntervalYears ?? "") as number | string,
    },
    validateInputOnChange: true,
    validate: {
      title: (v) => (v.trim().length < 2 ? why("title.length", { min: 2, max: 300 }) : null),
      principalId: (v) => (v ? null : why("agreement.principalRequired")),
      counterpartyId: (v, values) =>
        !v ? why("agreement.counterpartyRequired") : v === values.principalId ? why("agreement.sameParties") : null,
      followUpIntervalYears: (v) => (v === "" || (typeof v === "number" && v >= 1 && v <= 10) ? null : why("agreement.interval")),
      endDate: (v, values) => (v && values.startDate && v < values.startDate ? why("agreement.endBeforeStart") : null),
    },
  });
  return (
    <form
      onSubmit={form.onSubmit(async (v) => {
        const input = {
          title: v.title,
          principalId: v.principalId ?? "",
          counterpartyId: v.counterpartyId ?? "",
          purpose: v.purpose || null,
          startDate: v.startDate || null,
          endDate: v.endDate || null,
          followUpClause: v.followUpClause || null,
          followUpIntervalYears: typeof v.followUpIntervalYears === "number" ? v.followUpIntervalYears : null,
        };
        const ok = agreement
          ? await update.run({ id: agreement.id, input, expectedVersion: agreement.version })
          : await create.run({ input });
        if (ok) onDone();
      })}
    >
      <Stack>
        <TextInput label={t("app.title")} withAsterisk {...form.getInputProps("title")} />
        <SimpleGrid cols={2}>
          <Select label={t("eval.principal")} data={orgs} searchable withAsterisk {...form.getInputProps("principalId")} />
          <Select label={t("eval.counterparty")} data={orgs} searchable withAsterisk {...form.getInputProps("counterpartyId")} />
          <TextInput type="date" label={t("eval.startDate")} {...form.getInputProps("startDate")} />
          <TextInput type="date" label={t("eval.endDate")} {...form.getInputProps("endDate")} />
          <TextInput label={t("eval.clause")} placeholder="§ 12" {...form.getInputProps("followUpClause")} />
          <NumberInput label={t("eval.interval")} min={1} max={10} allowDecimal={false} {...form.getInputProps("followUpIntervalYears")} />
        </SimpleGrid>
        <Textarea label={t("eval.purpose")} autosize {...form.getInputProps("purpose")} />
        <FormActions loading={mutation.loading} error={onlyMessage(mutation.errors)} onCancel={onDone} />
        {agreement && <AgreementTrail id={agreement.id} />}
      </Stack>
    </form>
  );
}

/** The agreement's changes, below its form. */
function AgreementTrail({ id }: { id: string }) {
  const { data } = useQuery(AGREEMENT_TRAIL, { variables: { id }, fetchPolicy: "cache-and-network" });
  const node = data?.node;
  return node && "changes" in node ? <AuditTrail changes={node.changes} /> : null;
}
