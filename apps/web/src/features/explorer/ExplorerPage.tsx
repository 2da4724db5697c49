import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import "@graphiql/plugin-explorer/style.css";
import "./explorer.css";
import { explorerPlugin } from "@graphiql/plugin-explorer";
import { Box, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { GraphiQL, HISTORY_PLUGIN } from "graphiql";
import { useMemo, useRef, useState } from "react";
import { useI18n } from "../../i18n/i18n";
import { EXPLORER_EXAMPLES, type ExplorerExample } from "./examples";
import { explorerFetcher } from "./explorer-fetcher";
import { type ResultTable as Flat, flattenResult } from "./flatten-result";
import { useGraphiqlTabsAsButtons } from "./graphiql-tabs";
import { ResultTable } from "./ResultTable";
import { ScriptHelp } from "./ScriptHelp";

const PLUGINS = [HISTORY_PLUGIN, explorerPlugin()];

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The analysts' explorer: GraphiQL against /graphql, example queries, the result as a table. */
export function ExplorerPage() {
  const { t } = useI18n();
  const [table, setTable] = useState<Flat | null>(null);
  // Opening an example starts the editor afresh with it (a new key): its query and variables.
  const [opened, setOpened] = useState<{ example: ExplorerExample; n: number } | null>(null);
  const fetcher = useMemo(
    () =>
      explorerFetcher((result) => {
        const data = result && typeof result === "object" && "data" in result ? result.data : null;
        setTable(flattenResult(data));
      }),
    [],
  );
  const variables = opened?.example.variables?.(today());
  const editor = useRef<HTMLDivElement>(null);
  useGraphiqlTabsAsButtons(editor);
  return (
    <Stack>
      <Title order={1}>{t("nav.explorer")}</Title>
      <Text>{t("explorer.intro")}</Text>
      <Paper withBorder p="sm">
        <ScriptHelp />
      </Paper>
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
              variant={opened?.example.id === example.id ? "filled" : "light"}
              onClick={() => {
                setOpened((o) => ({ example, n: (o?.n ?? 0) + 1 }));
                setTable(null);
              }}
            >
              {t(example.titleKey)}
            </Button>
          ))}
        </Group>
      </Stack>
      <Box ref={editor} h="70vh" mih={480} aria-label={t("explorer.editor")} role="region" data-testid="explorer-editor">
        <GraphiQL
          key={opened?.n ?? 0}
          fetcher={fetcher}
          plugins={PLUGINS}
          forcedTheme="light"
          initialQuery={opened?.example.query}
          initialVariables={variables ? JSON.stringify(variables, null, 2) : undefined}
          defaultEditorToolsVisibility={variables ? "variables" : undefined}
        />
      </Box>
      <ResultTable table={table} />
    </Stack>
  );
}
