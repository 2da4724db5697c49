import { Anchor, Paper, Stack, Title } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import { Link, useNavigate } from "../../shared/router";
import { ApplicationForm } from "./forms/ApplicationForm";

export function NewGrantPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Stack>
      <Anchor component={Link} to="/grants" size="sm">
        ← {t("grant.back")}
      </Anchor>
      <Title order={1}>{t("app.newTitle")}</Title>
      <Paper withBorder p="md" radius="md">
        <ApplicationForm onDone={(id) => navigate(id ? `/grants/${encodeURIComponent(id)}` : "/grants")} />
      </Paper>
    </Stack>
  );
}
