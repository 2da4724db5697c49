import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import "@graphiql/plugin-explorer/style.css";
import "./explorer.css";
import { explorerPlugin } from "@graphiql/plugin-explorer";
import { Box, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { GraphiQL, HISTORY_PLUGIN } from "graphiql";
import { useMemo, useRef, useState } from "react";
import { useI18n } from "../../i18n/i18n";
import { useNavigate, useParams } from "../../shared/router";
import { OpenDataLinks } from "../open-data/OpenDataLinks";
import { useEditorText } from "./editor-text";
import { EXPLORER_EXAMPLES } from "./examples";
import { explorerFetcher } from "./explorer-fetcher";
import { type ResultTable as Flat, flattenResult } from "./flatten-result";
import { useGraphiqlTabsAsButtons } from "./graphiql-tabs";
import { ResultTable } from "./ResultTable";
import { SavedQueries } from "./SavedQueries";
import { ScriptHelp } from "./ScriptHelp";

const PLUGINS = [HISTORY_PLUGIN, explorerPlugin()];

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The analysts' explorer: GraphiQL against /graphql, example queries, the result as a table. */
export function ExplorerPage() {
  const { t, locale } = useI18n();
  const [table, setTable] = useState<Flat | null>(null);
  const [data, setData] = useState<unknown>(null);
  // Opening an example or a saved query starts the editor afresh with it (a new key): its query and variables.
  const [opened, setOpened] = useState<{ exampleId?: string; query: string; variables?: string; n: number } | null>(null);
  const editorText = useEditorText();
  const navigate = useNavigate();
  const onSavedRoute = !!useParams().id;
  function open(o: { exampleId?: string; query: string; variables?: string }) {
    editorText.opened(o.query, o.variables);
    setOpened((prev) => ({ ...o, n: (prev?.n ?? 0) + 1 }));
    setTable(null);
    setData(null);
  }
  const fetcher = useMemo(
    () =>
      explorerFetcher((result, params) => {
        editorText.ran(params);
        const data = result && typeof result === "object" && "data" in result ? result.data : null;
        setTable(flattenResult(data));
        setData(data);
      }),
    [editorText],
  );
  const variables = opened?.variables;
  const editor = useRef<HTMLDivElement>(null);
  useGraphiqlTabsAsButtons(editor);
  return (
    <Stack>
      <Title order={1}>{t("nav.explorer")}</Title>
      <Text>{t("explorer.intro")}</Text>
      <Paper withBorder p="sm">
        <ScriptHelp />
      </Paper>
      <OpenDataLinks />
      <Stack gap={4}>
        <Title order={2} size="h4">
          {t("explorer.examples")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("explorer.examplesHint")}
        </Text>
        <Group gap="xs" data-testid="explorer-examples">
          {EXPLORER_EXAMPLES.map((example) => (
            <Button
              key={example.id}
              size="xs"
              variant={opened?.exampleId === example.id ? "filled" : "light"}
              onClick={() => {
                const vars = example.variables?.(today(), locale);
                open({ exampleId: example.id, query: example.query, variables: vars && JSON.stringify(vars, null, 2) });
                if (onSavedRoute) navigate("/explorer");
              }}
            >
              {t(example.titleKey)}
            </Button>
          ))}
        </Group>
      </Stack>
      <SavedQueries current={editorText.current} onOpen={(q) => open({ query: q.query, variables: q.variables ?? undefined })} />
      <Box ref={editor} h="70vh" mih={480} aria-label={t("explorer.editor")} role="region" data-testid="explorer-editor">
        <GraphiQL
          key={opened?.n ?? 0}
          fetcher={fetcher}
          plugins={PLUGINS}
          forcedTheme="light"
          initialQuery={opened?.query}
          initialVariables={variables}
          onEditQuery={editorText.onEditQuery}
          onEditVariables={editorText.onEditVariables}
          defaultEditorToolsVisibility={variables ? "variables" : undefined}
        />
      </Box>
      <ResultTable table={table} data={data} />
    </Stack>
  );
}
