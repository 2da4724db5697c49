import { useApolloClient, useMutation } from "@apollo/client/react";
import { homeFor } from "@bk/domain";
import { Alert, Button, PasswordInput, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useI18n } from "../../i18n/i18n";
import { refusalOf, wordRefusal } from "../../shared/forms/server-errors";
import { Navigate, sameSitePath, useNavigate, useSearchParams } from "../../shared/router";
import { AuthCard } from "./AuthCard";
import { LOG_IN } from "./accounts.queries";
import { useViewer } from "./viewer";

/** A local path to come back to after logging in (never another site). */
export function LoginPage() {
  const { t, locale } = useI18n();
  const { viewer, refetch } = useViewer();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  // Only a page of this site: a link to the login page must not send whoever logs in elsewhere.
  const next = sameSitePath(params.get("next"));
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [logIn, { loading }] = useMutation(LOG_IN);
  if (viewer) return <Navigate to={next ?? homeFor(viewer.roles)} replace />;
  return (
    <AuthCard title={t("login.title")} intro={t("login.intro")}>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          setError(null);
          try {
            const res = await logIn({ variables: { input: { email, password } } });
            // Nothing another user's session left in this browser's cache may show.
            await client.clearStore();
            await refetch();
            navigate(next ?? homeFor(res.data?.logIn.roles ?? []), { replace: true });
          } catch (err) {
            const refusal = refusalOf(err);
            setError(refusal?.code === "UNAUTHENTICATED" ? t("login.failed") : wordRefusal(refusal, locale));
          }
        }}
      >
        <Stack>
          {params.get("expired") && <Alert color="blue">{t("login.expired")}</Alert>}
          <TextInput
            label={t("login.email")}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
          <PasswordInput
            label={t("login.password")}
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          {error && (
            <Alert color="red" role="alert" data-testid="login-error">
              {error}
            </Alert>
          )}
          <Button type="submit" loading={loading}>
            {t("login.submit")}
          </Button>
          <Text size="xs" c="dimmed">
            {t("login.firstStart")}
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
