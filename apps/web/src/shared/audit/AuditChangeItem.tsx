import { Box, Group, Text } from "@mantine/core";
import type { ReactNode } from "react";
import type { AuditChangeFieldsFragment } from "../../gql/graphql";
import { ChangeFields } from "./ChangeFields";
import { useWordChange } from "./use-word-change";

/**
 * One change as a list item: what happened (and, in a list of many records, to which), when and
 * who, and the fields it set or changed, in words.
 */
export function AuditChangeItem({ change, subject }: { change: AuditChangeFieldsFragment; subject?: ReactNode }) {
  const { word, moment } = useWordChange();
  const w = word(change);
  return (
    <Box component="li" py="xs" data-testid="audit-change" style={{ borderTop: "1px solid var(--mantine-color-default-border)" }}>
      <Group justify="space-between" gap={4} wrap="wrap" align="baseline">
        <Text size="sm" fw={600} style={{ overflowWrap: "anywhere" }}>
          {w.title}
          {subject && <> · {subject}</>}
        </Text>
        <Text size="xs" c="dimmed">
          {moment(change.createdAt)} · {change.actor}
        </Text>
      </Group>
      <ChangeFields change={w} />
    </Box>
  );
}
