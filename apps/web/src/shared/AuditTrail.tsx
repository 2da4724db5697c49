import { Box, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import type { AuditChangeFieldsFragment } from "../gql/graphql";
import { useI18n } from "../i18n/i18n";
import { ChangeFields } from "./audit/ChangeFields";
import { useWordChange } from "./audit/use-word-change";

/** How many of the latest changes show before "show all". */
const FIRST = 8;

/**
 * Every recorded change of a grant, project, organisation, agreement or indicator, newest first,
 * one row each: what happened, when and who, and the fields it set or changed, in words.
 */
export function AuditTrail({ changes }: { changes: readonly AuditChangeFieldsFragment[] }) {
  const { t } = useI18n();
  const { word, moment } = useWordChange();
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
          {shown.map((c) => {
            const w = word(c);
            return (
              <Box
                component="li"
                key={c.id}
                py="xs"
                data-testid="audit-change"
                style={{ borderTop: "1px solid var(--mantine-color-default-border)" }}
              >
                <Group justify="space-between" gap={4} wrap="wrap" align="baseline">
                  <Text size="sm" fw={600}>
                    {w.title}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {moment(c.createdAt)} · {c.actor}
                  </Text>
                </Group>
                <ChangeFields change={w} />
              </Box>
            );
          })}
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
