import { Button, Paper, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import type { AuditChangeFieldsFragment } from "../gql/graphql";
import { useI18n } from "../i18n/i18n";
import { AuditChangeItem } from "./audit/AuditChangeItem";

/** How many of the latest changes show before "show all". */
const FIRST = 8;

/**
 * Every recorded change of a grant, project, organisation, agreement or indicator, newest first,
 * one row each: what happened, when and who, and the fields it set or changed, in words.
 */
export function AuditTrail({ changes }: { changes: readonly AuditChangeFieldsFragment[] }) {
  const { t } = useI18n();
  const [all, setAll] = useState(false);
  const newestFirst = [...changes].reverse();
  const shown = all ? newestFirst : newestFirst.slice(0, FIRST);
  return (
    <Paper withBorder p="md" radius="md" component="section" data-testid="audit">
      <Title order={2} size="h4" mb="sm">
        {t("audit.title")}
      </Title>
      {changes.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t("audit.empty")}
        </Text>
      ) : (
        <Stack gap={0} component="ol" m={0} p={0} style={{ listStyle: "none" }}>
          {shown.map((c) => (
            <AuditChangeItem key={c.id} change={c} />
          ))}
        </Stack>
      )}
      {changes.length > FIRST && (
        <Button variant="subtle" size="xs" mt="xs" onClick={() => setAll(!all)}>
          {all ? t("audit.showFewer") : t("audit.showAll", { count: changes.length })}
        </Button>
      )}
    </Paper>
  );
}
