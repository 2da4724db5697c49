import { Anchor, Blockquote, Paper, Stack, Text, Title } from "@mantine/core";
import type { PassageFragment } from "../../gql/graphql";
import { useI18n } from "../../i18n/i18n";
import { Link } from "../../shared/router";

const documentUrl = (p: PassageFragment) => `/documents/${encodeURIComponent(p.document.id)}?passage=${encodeURIComponent(p.id)}`;

/** A small "source" link under a figure. */
export function SourceLink({ passage }: { passage: PassageFragment }) {
  const { t } = useI18n();
  return (
    <Anchor component={Link} to={documentUrl(passage)} size="xs">
      {t("grant.source")}: {passage.document.title}
      {passage.document.reference ? ` (dnr ${passage.document.reference})` : ""}
    </Anchor>
  );
}

/** The passage a grant comes from, quoted, with a link to the whole document. */
export function SourcePassageCard({ passage }: { passage: PassageFragment | null | undefined }) {
  const { t } = useI18n();
  if (!passage) return null;
  return (
    <Paper withBorder p="md" radius="md" component="section" data-testid="source">
      <Title order={2} size="h4" mb="xs">
        {t("grant.sourceQuestion")}
      </Title>
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {passage.document.title}
          {passage.document.reference ? ` – dnr ${passage.document.reference}` : ""}
        </Text>
        {passage.section && (
          <Text size="xs" c="dimmed">
            {passage.section}
          </Text>
        )}
        <Blockquote p="sm" color="gray">
          {passage.quote}
        </Blockquote>
        <Anchor component={Link} to={documentUrl(passage)}>
          {t("grant.openDocument")}
        </Anchor>
      </Stack>
    </Paper>
  );
}
