import { Alert } from "@mantine/core";
import { useI18n } from "../i18n/i18n";

/** What a page says to a role that may not use it (the API refuses it too). */
export function Forbidden() {
  const { t } = useI18n();
  return (
    <Alert color="orange" title={t("forbidden.title")} role="alert" data-testid="forbidden">
      {t("forbidden.text")}
    </Alert>
  );
}
