import { useMutation, useQuery } from "@apollo/client/react";
import { label, type Role, roleLabels } from "@bk/domain";
import { Alert, Badge, Button, Code, Group, Modal, Stack, Table, Text, TextInput, Title, VisuallyHidden } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import type { UserFieldsFragment } from "../../gql/graphql";
import { useI18n } from "../../i18n/i18n";
import { CopyTextButton } from "../../shared/CopyTextButton";
import { Forbidden } from "../../shared/Forbidden";
import { useFormat } from "../../shared/format";
import { refusalOf, wordRefusal } from "../../shared/forms/server-errors";
import { QueryState } from "../../shared/QueryState";
import { ScrollTable } from "../../shared/ScrollTable";
import { CREATE_PASSWORD_LINK, SET_USER_ACTIVE, USER_HISTORY, USERS } from "./accounts.queries";
import { UserForm } from "./UserForm";
import { useViewer } from "./viewer";

type Link = { url: string; expiresAt: string };

/** The administrators' page: every user with roles, projects and state; invite, change, deactivate. */
export function UsersPage() {
  const { t, locale } = useI18n();
  const f = useFormat();
  const { can, viewer } = useViewer();
  const [text, setText] = useState("");
  const [q] = useDebouncedValue(text.trim(), 250);
  const { data, loading, error, refetch } = useQuery(USERS, { variables: { where: { text: q || undefined } }, skip: !can("manage:users") });
  const [editing, setEditing] = useState<UserFieldsFragment | "new" | null>(null);
  const [link, setLink] = useState<Link | null>(null);
  const [history, setHistory] = useState<string | null>(null);
  const [setActive] = useMutation(SET_USER_ACTIVE);
  const [createLink] = useMutation(CREATE_PASSWORD_LINK);
  if (!can("manage:users")) return <Forbidden />;
  const users = data?.users.edges.map((e) => e.node) ?? [];
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t("users.title")}</Title>
          <Text c="dimmed">{t("users.intro")}</Text>
        </div>
        <Button onClick={() => setEditing("new")}>{t("users.invite")}</Button>
      </Group>
      <TextInput label={t("users.search")} type="search" value={text} onChange={(e) => setText(e.currentTarget.value)} w={300} />
      <QueryState loading={loading && !data} error={error} onRetry={() => refetch()}>
        <ScrollTable label={t("users.title")} minWidth={760}>
          <Table striped data-testid="users">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("users.name")}</Table.Th>
                <Table.Th>{t("users.roles")}</Table.Th>
                <Table.Th>{t("users.projects")}</Table.Th>
                <Table.Th>{t("users.lastLogin")}</Table.Th>
                <Table.Th>{t("users.col.state")}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t("users.edit")}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users.map((u) => (
                <Table.Tr key={u.id} data-testid={`user-${u.email}`}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {u.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {u.email}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {(u.roles as Role[]).map((r) => (
                        <Badge key={r} variant="light" size="sm">
                          {label(roleLabels, r, locale)}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{u.projects.map((p) => p.name).join(", ") || "–"}</Text>
                  </Table.Td>
                  <Table.Td>{u.hasPassword ? f.dateTime(u.lastLoginAt) : t("users.noPassword")}</Table.Td>
                  <Table.Td>
                    <Badge color={u.active ? "green" : "gray"} variant="light">
                      {u.active ? t("users.active") : t("users.inactive")}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button size="xs" variant="subtle" onClick={() => setEditing(u)}>
                        {t("users.edit")}
                      </Button>
                      {u.active && (
                        <Button
                          size="xs"
                          variant="subtle"
                          onClick={async () => {
                            const res = await createLink({ variables: { id: u.id } });
                            if (res.data) setLink(res.data.createPasswordLink);
                          }}
                        >
                          {t("users.passwordLink")}
                        </Button>
                      )}
                      {u.id !== viewer?.id && (
                        <Button
                          size="xs"
                          variant="subtle"
                          color={u.active ? "red" : "green"}
                          onClick={async () => {
                            try {
                              await setActive({ variables: { id: u.id, expectedVersion: u.version, active: !u.active } });
                              notifications.show({ color: "green", message: u.active ? t("users.deactivated") : t("users.activated") });
                            } catch (e) {
                              notifications.show({ color: "red", message: wordRefusal(refusalOf(e), locale) });
                            }
                          }}
                        >
                          {u.active ? t("users.deactivate") : t("users.activate")}
                        </Button>
                      )}
                      <Button size="xs" variant="subtle" color="gray" onClick={() => setHistory(u.id)}>
                        {t("users.history")}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </QueryState>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === "new" ? t("users.invite") : t("users.edit")}
        size="lg"
      >
        {editing !== null && (
          <UserForm
            user={editing === "new" ? undefined : editing}
            onDone={(l) => {
              setEditing(null);
              if (l) setLink(l);
              refetch();
            }}
          />
        )}
      </Modal>
      <Modal opened={link !== null} onClose={() => setLink(null)} title={t("users.linkTitle")} size="lg">
        {link && (
          <Stack>
            <Text size="sm">{t("users.linkText")}</Text>
            <Code block data-testid="password-link">
              {link.url}
            </Code>
            <CopyTextButton value={link.url} variant="light" size="sm" w="fit-content" />
          </Stack>
        )}
      </Modal>
      <Modal opened={history !== null} onClose={() => setHistory(null)} title={t("users.history")} size="lg">
        {history && <UserHistory id={history} />}
      </Modal>
    </Stack>
  );
}

function UserHistory({ id }: { id: string }) {
  const f = useFormat();
  const { data, loading, error } = useQuery(USER_HISTORY, { variables: { id } });
  const node = data?.node;
  const events = node && "events" in node ? node.events : [];
  return (
    <QueryState loading={loading} error={error}>
      {events.length === 0 ? (
        <Alert color="gray">–</Alert>
      ) : (
        <Table>
          <Table.Tbody>
            {events.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>{f.dateTime(e.createdAt)}</Table.Td>
                <Table.Td>{e.action}</Table.Td>
                <Table.Td>{e.actor?.name ?? "–"}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </QueryState>
  );
}
