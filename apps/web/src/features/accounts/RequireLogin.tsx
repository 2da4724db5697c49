import { Center, Loader } from "@mantine/core";
import type { ReactNode } from "react";
import { useI18n } from "../../i18n/i18n";
import { Navigate, useLocation } from "../../shared/router";
import { useViewer } from "./viewer";

/** The app behind the login: an anonymous visit lands on the login page, and comes back after. */
export function RequireLogin({ children }: { children: ReactNode }) {
  const { viewer, loading } = useViewer();
  const { t } = useI18n();
  const location = useLocation();
  if (loading) {
    return (
      <Center h="100vh">
        <Loader role="status" aria-label={t("state.loading")} />
      </Center>
    );
  }
  if (!viewer) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <>{children}</>;
}
