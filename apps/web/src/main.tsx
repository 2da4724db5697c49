// Mantine's base styles; each component's own come with it (vite/mantine-css-per-component.ts).
import "@mantine/core/styles/baseline.layer.css";
import "@mantine/core/styles/default-css-variables.layer.css";
import "@mantine/core/styles/global.layer.css";
import "./app/print.css";
import "./app/a11y.css";
import "./app/phone.css";
import { ApolloProvider } from "@apollo/client/react";
import { createTheme, MantineProvider } from "@mantine/core";
import { StrictMode, Suspense } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { createApolloClient } from "./app/apollo";
import { earlyViewerRoles } from "./app/early-viewer";
import { AppRoutes, preloadPage } from "./app/router";
import { accessibleColors } from "./app/theme/accessible-colors";
import { homeFor, ViewerProvider } from "./features/accounts/viewer";
import { I18nProvider, initialLocale } from "./i18n/i18n";
import { loadMessages } from "./i18n/messages";
import { lazyComponent } from "./shared/lazy";

// Messages shown before it arrives wait in the notifications store.
const Notifications = lazyComponent(
  () => import("@mantine/notifications"),
  (m) => m.Notifications,
);

// Badges never truncate their label (statuses in narrow table cells). Colours: app/theme (WCAG AA).
const theme = createTheme({
  primaryColor: "grape",
  autoContrast: true,
  defaultRadius: "md",
  components: { Badge: { styles: { root: { minWidth: "max-content" } } } },
});
const client = createApolloClient();
// The start page depends on the role: its chunk downloads as soon as the early Viewer answer says which.
if (window.location.pathname === "/") {
  void earlyViewerRoles().then((roles) => roles && preloadPage(homeFor(roles)));
}
const locale = initialLocale();

// The language's strings arrive alongside the page's chunk and the first query (started as this
// module ran), so the first render already speaks the reader's language.
void loadMessages(locale).then((messages) =>
  createRoot(document.getElementById("root") as HTMLElement).render(
    <StrictMode>
      <MantineProvider theme={theme} cssVariablesResolver={accessibleColors}>
        <Suspense fallback={null}>
          {/* Below dialogs (Mantine modals sit at 200): a toast never covers the form it is about. */}
          <Notifications position="top-right" zIndex={190} />
        </Suspense>
        <ApolloProvider client={client}>
          <I18nProvider initial={{ locale, messages }}>
            <ViewerProvider>
              <BrowserRouter>
                <AppRoutes />
              </BrowserRouter>
            </ViewerProvider>
          </I18nProvider>
        </ApolloProvider>
      </MantineProvider>
    </StrictMode>,
  ),
);
