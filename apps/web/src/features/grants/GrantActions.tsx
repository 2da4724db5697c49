import { EDITABLE, PAYABLE } from "@bk/domain";
import { Button, Group, Paper, Text, Title } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import type { MessageKey } from "../../i18n/messages";
import type { Dialog } from "./GrantDialogs";
import type { GrantDetail } from "./GrantFacts";

type Action = { key: MessageKey; dialog: Dialog; variant?: "filled" | "light" | "default"; color?: string };

/** The steps a grant's current status allows, as buttons. */
function actionsFor(status: GrantDetail["status"]): Action[] {
  const actions: Action[] = [];
  if (EDITABLE.includes(status)) actions.push({ key: "actions.edit", dialog: { kind: "edit" }, variant: "default" });
  if (status === "DRAFT") actions.push({ key: "actions.submit", dialog: { kind: "submit" } });
  if (status === "SUBMITTED") actions.push({ key: "actions.decide", dialog: { kind: "decide" } });
  if (status === "GRANTED" || status === "PARTIALLY_GRANTED")
    actions.push({ key: "actions.activate", dialog: { kind: "transition", to: "ACTIVE" } });
  if (status === "ACTIVE") actions.push({ key: "actions.report", dialog: { kind: "transition", to: "REPORTED" } });
  if (status === "REPORTED") actions.push({ key: "actions.close", dialog: { kind: "transition", to: "CLOSED" } });
  if (PAYABLE.includes(status)) {
    actions.push(
      { key: "actions.addCondition", dialog: { kind: "addCondition" }, variant: "light" },
      { key: "actions.addReport", dialog: { kind: "addReport" }, variant: "light" },
      { key: "actions.addDisbursement", dialog: { kind: "addDisbursement" }, variant: "light" },
    );
  }
  if (["DRAFT", "SUBMITTED", "GRANTED", "PARTIALLY_GRANTED"].includes(status)) {
    actions.push({ key: "actions.withdraw", dialog: { kind: "transition", to: "WITHDRAWN" }, variant: "default", color: "red" });
  }
  return actions;
}

export function GrantActions({ grant, open }: { grant: GrantDetail; open(d: Dialog): void }) {
  const { t } = useI18n();
  const actions = actionsFor(grant.status);
  return (
    <Paper withBorder p="md" radius="md" component="section" data-testid="actions">
      <Title order={2} size="h4" mb="sm">
        {t("actions.title")}
      </Title>
      {actions.length === 0 ? (
        <Text c="dimmed">{t("actions.none")}</Text>
      ) : (
        <Group gap="xs">
          {actions.map((a) => (
            <Button key={a.key} size="sm" variant={a.variant ?? "filled"} color={a.color} onClick={() => open(a.dialog)}>
              {t(a.key)}
            </Button>
          ))}
        </Group>
      )}
    </Paper>
  );
}
