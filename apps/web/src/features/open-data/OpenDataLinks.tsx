import { useQuery } from "@apollo/client/react";
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import { OPEN_DATA_SETTINGS } from "./open-data.queries";

/** The 360Giving downloads (JSON and CSV) for everyone logged in, and whether they are public. */
export function OpenDataLinks() {
  const { t } = useI18n();
  const { data } = useQuery(OPEN_DATA_SETTINGS);
  const s = data?.openDataSettings;
  if (!s) return null;
  return (
    <Paper withBorder p="sm" data-testid="open-data-links">
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          <Title order={2} size="h4">
            {t("openData.linksTitle")}
          </Title>
          <Badge variant="light" color={s.giving360Public ? "green" : "gray"}>
            {s.giving360Public ? t("openData.isPublic") : t("openData.isPrivate")}
          </Badge>
        </Group>
        <Text size="sm">{t("openData.linksText")}</Text>
        <Group gap="md" wrap="wrap">
          <Anchor href={s.giving360JsonPath} download size="sm">
            {t("openData.json")}
          </Anchor>
          <Anchor href={s.giving360CsvPath} download size="sm">
            {t("openData.csv")}
          </Anchor>
        </Group>
      </Stack>
    </Paper>
  );
}
