import { type GrantStatus, grantStatusLabels, label } from "@bk/domain";
import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useI18n } from "../../i18n/i18n";
import type { MessageKey } from "../../i18n/messages";
import { onlyMessage } from "../../shared/forms/server-errors";
import { useServerMutation } from "../../shared/forms/useServerMutation";
import { ApplicationForm } from "./forms/ApplicationForm";
import { ConditionForm } from "./forms/ConditionForm";
import { DecisionForm } from "./forms/DecisionForm";
import { DisbursementForm } from "./forms/DisbursementForm";
import { ReportForm } from "./forms/ReportForm";
import { ResolveConditionForm } from "./forms/ResolveConditionForm";
import type { Dialog, Transition } from "./GrantDialogs";
import type { GrantDetail } from "./GrantFacts";
import { SUBMIT_GRANT, TRANSITION_GRANT } from "./grant.mutations";

const TITLES: Record<Dialog["kind"], MessageKey> = {
  edit: "app.editTitle",
  decide: "actions.decide",
  submit: "actions.submit",
  transition: "actions.confirm",
  addCondition: "actions.addCondition",
  editCondition: "condition.edit",
  resolveCondition: "condition.resolution",
  addReport: "actions.addReport",
  editReport: "report.edit",
  addDisbursement: "actions.addDisbursement",
  markPaid: "disbursement.markPaid",
};

/** A status change that needs only a confirmation: submit, activate, mark reported, close, withdraw. */
function ConfirmStatus({ grant, to, onDone }: { grant: GrantDetail; to: GrantStatus; onDone(): void }) {
  const { t, locale } = useI18n();
  const submit = useServerMutation(SUBMIT_GRANT, t("actions.submitted"));
  const transition = useServerMutation(TRANSITION_GRANT, t("actions.done"));
  const mutation = to === "SUBMITTED" ? submit : transition;
  const confirm = async () => {
    const ok =
      to === "SUBMITTED"
        ? await submit.run({ id: grant.id, expectedVersion: grant.version })
        : await transition.run({ id: grant.id, expectedVersion: grant.version, to: to as Transition });
    if (ok) onDone();
  };
  return (
    <Stack>
      <Text>{t("actions.confirmText", { status: label(grantStatusLabels, to, locale) })}</Text>
      {onlyMessage(mutation.errors) && (
        <Text c="red" role="alert" data-testid="form-error">
          {onlyMessage(mutation.errors)}
        </Text>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t("form.cancel")}
        </Button>
        <Button onClick={confirm} loading={mutation.loading}>
          {t("actions.confirm")}
        </Button>
      </Group>
    </Stack>
  );
}

/** The open dialog of the grant page with its form (its own chunk: the forms, zod and the inputs load when a dialog first opens). */
export function GrantDialog({ grant, dialog, onClose: close }: { grant: GrantDetail | null; dialog: Dialog | null; onClose(): void }) {
  const { t } = useI18n();
  let body: ReactNode = null;
  if (grant && dialog) {
    switch (dialog.kind) {
      case "edit":
        body = <ApplicationForm grant={grant} onDone={close} />;
        break;
      case "decide":
        body = <DecisionForm grant={grant} onDone={close} />;
        break;
      case "submit":
        body = <ConfirmStatus grant={grant} to="SUBMITTED" onDone={close} />;
        break;
      case "transition":
        body = <ConfirmStatus grant={grant} to={dialog.to} onDone={close} />;
        break;
      case "addCondition":
        body = <ConditionForm grant={grant} onDone={close} />;
        break;
      case "editCondition":
        body = <ConditionForm grant={grant} condition={dialog.condition} onDone={close} />;
        break;
      case "resolveCondition":
        body = <ResolveConditionForm grant={grant} condition={dialog.condition} onDone={close} />;
        break;
      case "addReport":
        body = <ReportForm grant={grant} onDone={close} />;
        break;
      case "editReport":
        body = <ReportForm grant={grant} report={dialog.report} onDone={close} />;
        break;
      case "addDisbursement":
        body = <DisbursementForm grant={grant} onDone={close} />;
        break;
      case "markPaid":
        body = <DisbursementForm grant={grant} disbursement={dialog.disbursement} markPaid onDone={close} />;
        break;
    }
  }
  return (
    <Modal opened={!!dialog} onClose={close} title={dialog ? t(TITLES[dialog.kind]) : ""} size={dialog?.kind === "edit" ? "xl" : "md"}>
      {body}
    </Modal>
  );
}
