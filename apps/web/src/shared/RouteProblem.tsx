import { Alert, Button, Group, Stack, Text, Title } from "@mantine/core";
import { useI18n } from "../i18n/i18n";
import { Link, useLocation, useNavigate } from "./router";

/** The two ways out of a page that cannot be shown: back where one came from, or home. */
function WaysOut({ retry }: { retry?: boolean }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Group>
      {retry && <Button onClick={() => window.location.reload()}>{t("layout.retry")}</Button>}
      <Button variant="default" onClick={() => navigate(-1)}>
        {t("layout.back")}
      </Button>
      <Button variant="default" component={Link} to="/">
        {t("layout.home")}
      </Button>
    </Group>
  );
}

/** An address that leads nowhere: said plainly, with the address, inside the app's layout. */
export function NotFoundPage() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  return (
    <Stack data-testid="not-found">
      <Title order={1}>{t("layout.notFound")}</Title>
      <Text>{t("layout.notFoundText", { path: pathname })}</Text>
      <WaysOut />
    </Stack>
  );
}

/**
 * A page that crashed while rendering: the menu and header stay, the user is told that nothing
 * saved is lost and offered a way on — never a blank screen (RouteErrorBoundary shows it).
 */
export function RouteError() {
  const { t } = useI18n();
  return (
    <Stack data-testid="route-error">
      <Title order={1}>{t("layout.crashed")}</Title>
      <Alert color="red">{t("layout.crashedText")}</Alert>
      <WaysOut retry />
    </Stack>
  );
}
