import { CombinedGraphQLErrors, type ErrorLike } from "@apollo/client";
import { Alert, Button, Center, Loader, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useI18n } from "../i18n/i18n";
import { Forbidden } from "./Forbidden";

type Props = {
  loading: boolean;
  error?: ErrorLike | null;
  empty?: boolean;
  emptyText?: string;
  onRetry?: () => void;
  children: ReactNode;
};

/** Loading, error and empty states, the same everywhere. */
export function QueryState({ loading, error, empty, emptyText, onRetry, children }: Props) {
  const { t } = useI18n();
  // The API refused: the viewer's role does not reach this (another project's data).
  if (error && CombinedGraphQLErrors.is(error) && error.errors.every((e) => e.extensions?.code === "FORBIDDEN")) return <Forbidden />;
  if (error) {
    return (
      <Alert color="red" title={t("state.error")} role="alert">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{error.message}</Text>
          {onRetry && (
            <Button size="xs" variant="light" color="red" onClick={onRetry}>
              {t("state.retry")}
            </Button>
          )}
        </Stack>
      </Alert>
    );
  }
  if (loading) {
    return (
      <Center py="xl" aria-live="polite">
        <Loader size="sm" aria-label={t("state.loading")} />
      </Center>
    );
  }
  if (empty) {
    return (
      <Text c="dimmed" py="lg" ta="center">
        {emptyText}
      </Text>
    );
  }
  return <>{children}</>;
}
