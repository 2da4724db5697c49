import { useApolloClient, useMutation } from "@apollo/client/react";
import { fieldViolations, homeFor, newPasswordSchema, wordReason } from "@bk/domain";
import { Alert, Button, PasswordInput, Stack } from "@mantine/core";
import { useState } from "react";
import { useI18n } from "../../i18n/i18n";
import { refusalOf, wordRefusal } from "../../shared/forms/server-errors";
import { useNavigate } from "../../shared/router";
import { AuthCard } from "./AuthCard";
import { SET_PASSWORD_WITH_LINK } from "./accounts.queries";
import { useViewer } from "./viewer";

/** The page a one-time link opens: the token is after `#`, so it never reaches a server log. */
export function SetPasswordPage() {
  const { t, locale } = useI18n();
  const { refetch } = useViewer();
  const client = useApolloClient();
  const navigate = useNavigate();
  const token = new URLSearchParams(window.location.hash.slice(1)).get("token");
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [setPasswordWithLink, { loading }] = useMutation(SET_PASSWORD_WITH_LINK);
  const rule = password ? newPasswordSchema.safeParse(password) : null;
  const broken = rule && !rule.success ? fieldViolations(rule.error)._ : null;
  const ruleError = broken ? wordReason(broken.reason, broken.params, locale) : null;
  const mismatch = repeat && repeat !== password ? t("setPassword.mismatch") : null;
  return (
    <AuthCard title={t("setPassword.title")} intro={t("setPassword.intro")}>
      {!token ? (
        <Alert color="red" role="alert">
          {t("setPassword.noToken")}
        </Alert>
      ) : (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            if (ruleError || mismatch || !password) return;
            setError(null);
            try {
              const res = await setPasswordWithLink({ variables: { token, password } });
              window.history.replaceState(null, "", window.location.pathname);
              await client.clearStore();
              await refetch();
              navigate(homeFor(res.data?.setPasswordWithLink.roles ?? []), { replace: true });
            } catch (err) {
              setError(wordRefusal(refusalOf(err), locale));
            }
          }}
        >
          <Stack>
            <PasswordInput
              label={t("setPassword.password")}
              autoComplete="new-password"
              required
              value={password}
              error={ruleError}
              onChange={(e) => setPassword(e.currentTarget.value)}
            />
            <PasswordInput
              label={t("setPassword.repeat")}
              autoComplete="new-password"
              required
              value={repeat}
              error={mismatch}
              onChange={(e) => setRepeat(e.currentTarget.value)}
            />
            {error && (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            )}
            <Button type="submit" loading={loading}>
              {t("setPassword.submit")}
            </Button>
          </Stack>
        </form>
      )}
    </AuthCard>
  );
}
