import { useMutation } from "@apollo/client/react";
import { Badge, Button, Table, Text, VisuallyHidden } from "@mantine/core";
import type { AccessTokenFieldsFragment } from "../../gql/graphql";
import { useI18n } from "../../i18n/i18n";
import { useFormat } from "../../shared/format";
import { ScrollTable } from "../../shared/ScrollTable";
import { REVOKE_ACCESS_TOKEN } from "./accounts.queries";

/** Tokens by name and first characters (never the token), with their state and a revoke button; `label` names the list. */
export function TokenList({ tokens, label, testId }: { tokens: AccessTokenFieldsFragment[]; label: string; testId: string }) {
  const { t } = useI18n();
  const f = useFormat();
  const [revoke, { loading }] = useMutation(REVOKE_ACCESS_TOKEN);
  if (!tokens.length) return <Text c="dimmed">{t("tokens.none")}</Text>;
  const state = (tok: AccessTokenFieldsFragment) =>
    tok.revokedAt
      ? { label: t("tokens.revoked"), color: "gray" }
      : tok.expiresAt && new Date(tok.expiresAt) < new Date()
        ? { label: t("tokens.expired"), color: "gray" }
        : { label: t("tokens.active"), color: "green" };
  return (
    <ScrollTable label={label} minWidth={560}>
      <Table data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("tokens.name")}</Table.Th>
            <Table.Th>{t("tokens.created")}</Table.Th>
            <Table.Th>{t("tokens.validTo")}</Table.Th>
            <Table.Th>{t("tokens.lastUsed")}</Table.Th>
            <Table.Th>{t("tokens.col.state")}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t("tokens.revoke")}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tokens.map((tok) => {
            const s = state(tok);
            return (
              <Table.Tr key={tok.id}>
                <Table.Td>
                  {tok.name} <Text span c="dimmed" size="xs" ff="monospace">{`${tok.prefix}…`}</Text>
                </Table.Td>
                <Table.Td>{f.dateTime(tok.createdAt)}</Table.Td>
                <Table.Td>{tok.expiresAt ? f.dateTime(tok.expiresAt) : "–"}</Table.Td>
                <Table.Td>{tok.lastUsedAt ? f.dateTime(tok.lastUsedAt) : t("tokens.never")}</Table.Td>
                <Table.Td>
                  <Badge color={s.color} variant="light">
                    {s.label}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {!tok.revokedAt && (
                    <Button size="xs" variant="subtle" color="red" loading={loading} onClick={() => revoke({ variables: { id: tok.id } })}>
                      {t("tokens.revoke")}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
