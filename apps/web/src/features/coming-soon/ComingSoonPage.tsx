import { Alert, Stack, Title } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import type { MessageKey } from "../../i18n/messages";

/** Areas that are not built yet say so plainly. */
export function ComingSoonPage({ titleKey }: { titleKey: MessageKey }) {
  const { t } = useI18n();
  return (
    <Stack>
      <Title order={1}>{t(titleKey)}</Title>
      <Alert color="gray" title={t("comingSoon.title")}>
        {t("comingSoon.text")}
      </Alert>
    </Stack>
  );
}
