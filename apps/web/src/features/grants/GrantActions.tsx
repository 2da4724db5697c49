import { EDITABLE, type GrantStatus, PAYABLE, wordReason } from "@bk/domain";
import { Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import type { MessageKey } from "../../i18n/messages";
import type { Dialog } from "./GrantDialogs";
import type { GrantDetail } from "./GrantFacts";

type Action = {
  key: MessageKey;
  dialog: Dialog;
  variant?: "filled" | "light" | "default";
  color?: string;
  /** Why the step cannot be taken now (from the API), in the user's language; the button is then disabled. */
  refusal?: string;
};

/** The button for each status a step leads to; the three outcomes of a decision share one dialog. */
const STEP_ACTIONS: Partial<Record<GrantStatus, Action>> = {
  SUBMITTED: { key: "actions.submit", dialog: { kind: "submit" } },
  GRANTED: { key: "actions.decide", dialog: { kind: "decide" } },
  PARTIALLY_GRANTED: { key: "actions.decide", dialog: { kind: "decide" } },
  REJECTED: { key: "actions.decide", dialog: { kind: "decide" } },
  ACTIVE: { key: "actions.activate", dialog: { kind: "transition", to: "ACTIVE" } },
  REPORTED: { key: "actions.report", dialog: { kind: "transition", to: "REPORTED" } },
  CLOSED: { key: "actions.close", dialog: { kind: "transition", to: "CLOSED" } },
  WITHDRAWN: { key: "actions.withdraw", dialog: { kind: "transition", to: "WITHDRAWN" }, variant: "default", color: "red" },
};

/**
 * The status changes are the steps the API lists (allowedTransitions), refused ones disabled with
 * the API's reason; editing and the follow-up records use the domain's named status sets.
 */
function actionsFor(grant: GrantDetail, word: (reason: string) => string): Action[] {
  const steps = new Map<MessageKey, Action>();
  for (const step of grant.allowedTransitions) {
    const action = STEP_ACTIONS[step.to];
    if (!action) continue;
    const seen = steps.get(action.key);
    // A button that opens several steps (the decision) is enabled when any of them is allowed.
    if (step.allowed) steps.set(action.key, action);
    else if (!seen) steps.set(action.key, { ...action, refusal: word(step.reason ?? "") });
  }
  const withdraw = steps.get("actions.withdraw");
  steps.delete("actions.withdraw");
  return [
    ...(EDITABLE.includes(grant.status) ? [{ key: "actions.edit", dialog: { kind: "edit" }, variant: "default" } as const] : []),
    ...steps.values(),
    ...(PAYABLE.includes(grant.status)
      ? ([
          { key: "actions.addCondition", dialog: { kind: "addCondition" }, variant: "light" },
          { key: "actions.addReport", dialog: { kind: "addReport" }, variant: "light" },
          { key: "actions.addDisbursement", dialog: { kind: "addDisbursement" }, variant: "light" },
        ] as const)
      : []),
    ...(withdraw ? [withdraw] : []),
  ];
}

export function GrantActions({ grant, open }: { grant: GrantDetail; open(d: Dialog): void }) {
  const { t, locale } = useI18n();
  const actions = actionsFor(grant, (reason) => wordReason(reason, {}, locale));
  const refused = actions.filter((a) => a.refusal);
  return (
    <Paper withBorder p="md" radius="md" component="section" data-testid="actions">
      <Title order={2} size="h4" mb="sm">
        {t("actions.title")}
      </Title>
      {actions.length === 0 ? (
        <Text c="dimmed">{t("actions.none")}</Text>
      ) : (
        <Stack gap="xs">
          <Group gap="xs">
            {actions.map((a) => (
              <Button
                key={a.key}
                size="sm"
                variant={a.variant ?? "filled"}
                color={a.color}
                disabled={!!a.refusal}
                aria-describedby={a.refusal ? `refusal-${a.key}` : undefined}
                onClick={() => open(a.dialog)}
              >
                {t(a.key)}
              </Button>
            ))}
          </Group>
          {refused.map((a) => (
            <Text key={a.key} id={`refusal-${a.key}`} size="sm" c="dimmed" data-testid="action-refusal">
              {t(a.key)}: {a.refusal}
            </Text>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
