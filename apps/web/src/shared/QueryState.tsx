import { CombinedGraphQLErrors, type ErrorLike } from "@apollo/client";
import { type ReasonKey, wordReason } from "@bk/domain";
import { Alert, Button, Center, Loader, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useI18n } from "../i18n/i18n";
import { Forbidden } from "./Forbidden";
import { refusalOf, wordRefusal } from "./forms/server-errors";
import { useReadyInTransition } from "./use-ready-in-transition";

type Props = {
  loading: boolean;
  error?: ErrorLike | null;
  empty?: boolean;
  emptyText?: string;
  /** What a NOT_FOUND says on this page ("The grant does not exist"); else the API's reason. */
  notFound?: ReasonKey;
  onRetry?: () => void;
  children: ReactNode;
};

/**
 * Loading, error and empty states, the same everywhere; the API's refusal worded in the user's language.
 *
 * The answer's arrival is rendered in a transition: Apollo's store update is rendered at once and in
 * one piece (useSyncExternalStore), which for a whole page (a grant, the grant list) was one task of
 * 130–190 ms at 4x CPU. Keeping the loader for that update and drawing the page in the deferred render
 * that follows lets React do it in slices between which the browser can answer the reader. A loader
 * that is due shows at once.
 */
export function QueryState({ loading, error, empty, emptyText, notFound, onRetry, children }: Props) {
  const { t, locale } = useI18n();
  const stillLoading = !useReadyInTransition(!loading);
  const refusal = error ? refusalOf(error) : null;
  // The API refused: the viewer's role does not reach this (another project's data).
  if (error && CombinedGraphQLErrors.is(error) && error.errors.every((e) => e.extensions?.code === "FORBIDDEN")) return <Forbidden />;
  if (refusal?.code === "NOT_FOUND") {
    return (
      <Alert color="gray" title={t("state.notFound")} role="alert" data-testid="not-found">
        <Text size="sm">{notFound ? wordReason(notFound, {}, locale) : wordRefusal(refusal, locale)}</Text>
      </Alert>
    );
  }
  if (error) {
    return (
      <Alert color="red" title={t("state.error")} role="alert">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{wordRefusal(refusal, locale)}</Text>
          {onRetry && (
            <Button size="xs" variant="light" color="red" onClick={onRetry}>
              {t("state.retry")}
            </Button>
          )}
        </Stack>
      </Alert>
    );
  }
  if (stillLoading) {
    return (
      <Center py="xl" aria-live="polite">
        <Loader size="sm" role="status" aria-label={t("state.loading")} />
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

/**
 * The states of a page about one record (a project, a grant): loading until it has arrived, the
 * refusal or "does not exist" when it has not, and the page once it has.
 */
export function RecordState({
  loading,
  error,
  found,
  notFound,
  onRetry,
  children,
}: Pick<Props, "loading" | "error" | "notFound" | "onRetry" | "children"> & { found: boolean }) {
  const { t } = useI18n();
  return (
    <QueryState
      loading={loading && !found}
      error={error}
      empty={!loading && !error && !found}
      emptyText={t("state.notFound")}
      notFound={notFound}
      onRetry={onRetry}
    >
      {children}
    </QueryState>
  );
}
