import { Anchor, Code, Group, Stack, Text, Title } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import { CopyTextButton } from "../../shared/CopyTextButton";
import { Link } from "../../shared/router";

/** The same query from a script: curl with a personal access token (made on the account page). */
export function curlExample(origin: string): string {
  const body = JSON.stringify({ query: "{ grantSummary { count amountGranted } }" });
  return `curl -s ${origin}/graphql \\\n  -H "Authorization: Bearer <token>" \\\n  -H "Content-Type: application/json" \\\n  -d '${body}'`;
}

export function ScriptHelp() {
  const { t } = useI18n();
  const example = curlExample(window.location.origin);
  return (
    <Stack gap="xs" data-testid="explorer-scripts">
      <Title order={2} size="h4">
        {t("explorer.scriptsTitle")}
      </Title>
      <Text size="sm">{t("explorer.scripts")}</Text>
      <Code block className="explorer-script">
        {example}
      </Code>
      <Group gap="sm">
        <CopyTextButton value={example} />
        <Anchor component={Link} to="/account" size="sm">
          {t("explorer.accountLink")}
        </Anchor>
      </Group>
    </Stack>
  );
}
