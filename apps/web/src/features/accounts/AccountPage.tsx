import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { label, type Role, roleLabels } from "@bk/domain";
import { Alert, Badge, Button, Group, Paper, PasswordInput, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useI18n } from "../../i18n/i18n";
import { NO_ERRORS, type ServerErrors, serverErrors } from "../../shared/forms/server-errors";
import { useNavigate } from "../../shared/router";
import { CHANGE_PASSWORD, LOG_OUT_EVERYWHERE, MY_TOKENS } from "./accounts.queries";
import { NewTokenForm } from "./NewTokenForm";
import { TokenList } from "./TokenList";
import { useViewer } from "./viewer";

/** One's own account: roles and projects, password, sessions, access tokens and calendar links. */
export function AccountPage() {
  const { t, locale } = useI18n();
  const { viewer } = useViewer();
  const tokens = useQuery(MY_TOKENS);
  const all = tokens.data?.viewer?.accessTokens ?? [];
  if (!viewer) return null;
  return (
    <Stack maw={900}>
      <div>
        <Title order={1}>{t("account.title")}</Title>
        <Text c="dimmed">
          {viewer.name} · {viewer.email}
        </Text>
      </div>
      <Paper withBorder p="md" radius="md" component="section">
        <Title order={2} size="h4" mb="sm">
          {t("account.roles")}
        </Title>
        <Stack gap="xs">
          {(viewer.roles as Role[]).map((r) => (
            <Group key={r} gap="sm" wrap="nowrap" align="flex-start">
              <Badge variant="light" miw={130}>
                {label(roleLabels, r, locale)}
              </Badge>
              <Text size="sm">{locale === "en" ? roleLabels[r].descriptionEn : roleLabels[r].descriptionSv}</Text>
            </Group>
          ))}
        </Stack>
        {viewer.projects.length > 0 && (
          <Text size="sm" mt="sm">
            {t("account.projects")}: {viewer.projects.map((p) => p.name).join(", ")}
          </Text>
        )}
      </Paper>
      <PasswordChange />
      <Sessions />
      <Paper withBorder p="md" radius="md" component="section">
        <Title order={2} size="h4" mb={4}>
          {t("tokens.title")}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t("tokens.intro")}
        </Text>
        <Stack>
          <NewTokenForm />
          <TokenList tokens={all.filter((x) => x.kind === "PERSONAL")} label={t("tokens.title")} testId="personal-tokens" />
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md" component="section">
        <Title order={2} size="h4" mb={4}>
          {t("tokens.calendarTitle")}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t("tokens.calendarIntro")}
        </Text>
        <TokenList tokens={all.filter((x) => x.kind === "CALENDAR_FEED")} label={t("tokens.calendarTitle")} testId="calendar-tokens" />
      </Paper>
    </Stack>
  );
}

function PasswordChange() {
  const { t, locale } = useI18n();
  const [currentPassword, setCurrent] = useState("");
  const [newPassword, setNew] = useState("");
  const [errors, setErrors] = useState<ServerErrors>(NO_ERRORS);
  const [change, { loading }] = useMutation(CHANGE_PASSWORD);
  return (
    <Paper withBorder p="md" radius="md" component="section">
      <Title order={2} size="h4" mb="sm">
        {t("account.password")}
      </Title>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          try {
            await change({ variables: { input: { currentPassword, newPassword } } });
            notifications.show({ color: "green", message: t("account.passwordChanged") });
            setCurrent("");
            setNew("");
            setErrors(NO_ERRORS);
          } catch (err) {
            setErrors(serverErrors(err, locale));
          }
        }}
      >
        <Group align="flex-end" wrap="wrap">
          <PasswordInput
            label={t("account.currentPassword")}
            autoComplete="current-password"
            required
            value={currentPassword}
            error={errors.fields.currentPassword}
            onChange={(e) => setCurrent(e.currentTarget.value)}
            w={{ base: "100%", sm: 240 }}
          />
          <PasswordInput
            label={t("account.newPassword")}
            autoComplete="new-password"
            required
            value={newPassword}
            error={errors.fields.newPassword}
            onChange={(e) => setNew(e.currentTarget.value)}
            w={{ base: "100%", sm: 240 }}
          />
          <Button type="submit" loading={loading}>
            {t("account.password")}
          </Button>
        </Group>
        {errors.message && !Object.keys(errors.fields).length && (
          <Alert color="red" mt="sm">
            {errors.message}
          </Alert>
        )}
      </form>
    </Paper>
  );
}

function Sessions() {
  const { t } = useI18n();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logOutEverywhere, { loading }] = useMutation(LOG_OUT_EVERYWHERE);
  return (
    <Paper withBorder p="md" radius="md" component="section">
      <Title order={2} size="h4" mb={4}>
        {t("account.sessions")}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t("account.sessionsIntro")}
      </Text>
      <Button
        variant="default"
        color="red"
        loading={loading}
        onClick={async () => {
          await logOutEverywhere();
          await client.clearStore();
          navigate("/login", { replace: true });
          window.location.reload();
        }}
      >
        {t("account.logOutEverywhere")}
      </Button>
    </Paper>
  );
}
