import { useQuery } from "@apollo/client/react";
import { Alert, Anchor, Badge, Button, Group, Paper, ScrollArea, SegmentedControl, Stack, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import type { SavedQueryFieldsFragment } from "../../gql/graphql";
import { useI18n } from "../../i18n/i18n";
import { CopyTextButton } from "../../shared/CopyTextButton";
import { refusalOf, wordRefusal } from "../../shared/forms/server-errors";
import { useServerMutation } from "../../shared/forms/useServerMutation";
import { Link, useNavigate, useParams } from "../../shared/router";
import { useViewer } from "../accounts/viewer";
import type { EditorText } from "./editor-text";
import { SaveQueryDialog } from "./SaveQueryDialog";
import { DELETE_SAVED_QUERY, SAVED_QUERIES, SAVED_QUERY } from "./saved-queries.queries";

type Filter = "all" | "mine" | "shared";

/** The address that opens a saved query in the explorer. */
export const savedQueryPath = (id: string) => `/explorer/q/${encodeURIComponent(id)}`;

type Props = {
  /** What the editor holds now (saved by "Spara" / "Spara som"). */
  current(): EditorText;
  /** Puts a saved query in the editor: called when the address names one (/explorer/q/<id>) and it has loaded. */
  onOpen(saved: SavedQueryFieldsFragment): void;
};

/**
 * "Sparade frågor": the viewer's own and the shared queries, searchable; one click opens a query
 * by its address, which can be copied and sent; the owner saves changes to it, or anyone saves the
 * editor's query as a new one, and the owner (or an administrator, a shared one) deletes it.
 */
export function SavedQueries({ current, onOpen }: Props) {
  const { t, locale } = useI18n();
  const { viewer, can } = useViewer();
  const navigate = useNavigate();
  const { id } = useParams();
  const [text, setText] = useState("");
  const [search] = useDebouncedValue(text.trim(), 250);
  const [filter, setFilter] = useState<Filter>("all");
  const [dialog, setDialog] = useState<{ saved: SavedQueryFieldsFragment | null; text: EditorText } | null>(null);

  const where = {
    ...(search ? { text: search } : {}),
    ...(filter === "mine" && viewer ? { owner: { equals: viewer.id } } : {}),
    ...(filter === "shared" ? { shared: true } : {}),
  };
  const list = useQuery(SAVED_QUERIES, { variables: { where, first: 50 }, fetchPolicy: "cache-and-network" });
  const one = useQuery(SAVED_QUERY, { variables: { id: id ?? "" }, skip: !id, fetchPolicy: "network-only" });
  const opened = id && one.data?.node?.__typename === "SavedQuery" ? one.data.node : null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the editor opens a query once, when its address names it.
  useEffect(() => {
    if (opened) onOpen(opened);
  }, [opened?.id]);

  const remove = useServerMutation(DELETE_SAVED_QUERY, t("savedQueries.deleted"), { toast: true });
  const mayDelete = (q: SavedQueryFieldsFragment) => q.mine || (q.shared && can("manage:users"));
  const rows = list.data?.savedQueries.edges.map((e) => e.node) ?? [];
  const link = opened ? `${window.location.origin}${savedQueryPath(opened.id)}` : null;

  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="saved-queries-title" data-testid="saved-queries">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h4" id="saved-queries-title">
            {t("savedQueries.title")}
          </Title>
          <Group gap="xs">
            {opened?.mine && (
              <Button size="xs" onClick={() => setDialog({ saved: opened, text: current() })}>
                {t("savedQueries.save")}
              </Button>
            )}
            <Button size="xs" variant={opened?.mine ? "default" : "filled"} onClick={() => setDialog({ saved: null, text: current() })}>
              {opened ? t("savedQueries.saveAs") : t("savedQueries.save")}
            </Button>
            {link && <CopyTextButton value={link} label={t("savedQueries.copyLink")} />}
          </Group>
        </Group>
        {opened && (
          <Text size="sm" data-testid="saved-query-open">
            {t("savedQueries.open", { name: opened.name })}
            {!opened.mine && ` · ${t("savedQueries.by", { owner: opened.ownerName })}`}
            {opened.description && ` · ${opened.description}`}
          </Text>
        )}
        {id && one.error && (
          <Alert color="red" role="alert" data-testid="saved-query-error">
            {wordRefusal(refusalOf(one.error), locale)}
          </Alert>
        )}
        <Group gap="xs" align="flex-end">
          <TextInput
            aria-label={t("savedQueries.search")}
            placeholder={t("savedQueries.search")}
            leftSection={<IconSearch size={14} />}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            size="xs"
            w={{ base: "100%", sm: 260 }}
          />
          <SegmentedControl
            size="xs"
            value={filter}
            onChange={(v) => setFilter(v as Filter)}
            aria-label={t("savedQueries.filter")}
            data={[
              { value: "all", label: t("savedQueries.all") },
              { value: "mine", label: t("savedQueries.mine") },
              { value: "shared", label: t("savedQueries.sharedOnes") },
            ]}
          />
        </Group>
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {list.loading ? t("savedQueries.loading") : search ? t("savedQueries.noneFound") : t("savedQueries.none")}
          </Text>
        ) : (
          <ScrollArea.Autosize mah={260} type="auto">
            <Stack gap={6} component="ul" style={{ listStyle: "none", margin: 0, padding: 0 }} data-testid="saved-query-list">
              {rows.map((q) => (
                <Group key={q.id} component="li" gap="xs" wrap="nowrap" justify="space-between" align="flex-start">
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <Group gap={6}>
                      <Anchor component={Link} to={savedQueryPath(q.id)} fw={q.id === opened?.id ? 700 : 500} size="sm">
                        {q.name}
                      </Anchor>
                      <Badge size="xs" variant="light" color={q.shared ? "teal" : "gray"}>
                        {q.shared ? t("savedQueries.sharedBadge") : t("savedQueries.privateBadge")}
                      </Badge>
                      {!q.mine && (
                        <Text size="xs" c="dimmed">
                          {t("savedQueries.by", { owner: q.ownerName })}
                        </Text>
                      )}
                    </Group>
                    {q.description && (
                      <Text size="xs" c="dimmed" lineClamp={2}>
                        {q.description}
                      </Text>
                    )}
                  </Stack>
                  {mayDelete(q) && (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      aria-label={t("savedQueries.deleteNamed", { name: q.name })}
                      onClick={async () => {
                        const done = await remove.run({ id: q.id, expectedVersion: q.version });
                        // Refused (changed or deleted meanwhile): the list as it is now, to try again.
                        await list.refetch();
                        if (done && q.id === opened?.id) navigate("/explorer");
                      }}
                    >
                      {t("savedQueries.delete")}
                    </Button>
                  )}
                </Group>
              ))}
            </Stack>
          </ScrollArea.Autosize>
        )}
        {(list.data?.savedQueries.totalCount ?? 0) > rows.length && (
          <Text size="xs" c="dimmed">
            {t("savedQueries.more", { shown: rows.length, total: list.data?.savedQueries.totalCount ?? 0 })}
          </Text>
        )}
      </Stack>
      {dialog && (
        <SaveQueryDialog
          saved={dialog.saved}
          text={dialog.text}
          onClose={() => setDialog(null)}
          onSaved={async (saved) => {
            setDialog(null);
            await list.refetch();
            if (saved.id !== opened?.id) navigate(savedQueryPath(saved.id));
          }}
        />
      )}
    </Paper>
  );
}
