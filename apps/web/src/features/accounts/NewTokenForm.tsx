import { useMutation } from "@apollo/client/react";
import { Alert, Button, Code, Group, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useI18n } from "../../i18n/i18n";
import { CopyTextButton } from "../../shared/CopyTextButton";
import { NO_ERRORS, type ServerErrors, serverErrors } from "../../shared/forms/server-errors";
import { CREATE_ACCESS_TOKEN, MY_TOKENS } from "./accounts.queries";

/** A new personal access token: name and last day; the token is shown this once, with a curl example. */
export function NewTokenForm() {
  const { t, locale } = useI18n();
  const [name, setName] = useState("");
  const [expiresAt, setExpiresAt] = useState<string | null>(null);
  const [token, setToken] = useState<string | null>(null);
  const [error, setError] = useState<ServerErrors>(NO_ERRORS);
  const [create, { loading }] = useMutation(CREATE_ACCESS_TOKEN, { refetchQueries: [MY_TOKENS] });
  if (token) {
    const curl = `curl -s ${window.location.origin}/graphql \\\n  -H "Authorization: Bearer ${token}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"query":"{ grants(first: 5) { totalCount edges { node { title amountGranted } } } }"}'`;
    return (
      <Alert color="green" title={t("tokens.createdTitle")} data-testid="new-token">
        <Stack gap="xs">
          <Text size="sm">{t("tokens.createdText")}</Text>
          <Group gap="xs" wrap="nowrap">
            <Code data-testid="token-value" style={{ wordBreak: "break-all" }}>
              {token}
            </Code>
            <CopyTextButton value={token} variant="light" />
          </Group>
          <Text size="sm" fw={600}>
            {t("tokens.curl")}
          </Text>
          <Code block>{curl}</Code>
          <Button size="xs" variant="default" onClick={() => setToken(null)} w="fit-content">
            OK
          </Button>
        </Stack>
      </Alert>
    );
  }
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        try {
          const res = await create({ variables: { input: { name, expiresAt } } });
          setToken(res.data?.createAccessToken.token ?? null);
          setName("");
          setExpiresAt(null);
          setError(NO_ERRORS);
        } catch (err) {
          setError(serverErrors(err, locale));
        }
      }}
    >
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={t("tokens.name")}
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={error.fields.name}
          w={{ base: "100%", sm: 240 }}
        />
        <TextInput
          type="date"
          label={t("tokens.expiresAt")}
          value={expiresAt ?? ""}
          onChange={(e) => setExpiresAt(e.currentTarget.value || null)}
          error={error.fields.expiresAt}
          w={{ base: "100%", sm: 260 }}
        />
        <Button type="submit" loading={loading}>
          {t("tokens.create")}
        </Button>
      </Group>
      {error.message && !Object.keys(error.fields).length && (
        <Alert color="red" mt="sm">
          {error.message}
        </Alert>
      )}
    </form>
  );
}
