// Mantine's base styles; each component's own come with it (vite/mantine-css-per-component.ts).
import "@mantine/core/styles/baseline.layer.css";
import "@mantine/core/styles/default-css-variables.layer.css";
import "@mantine/core/styles/global.layer.css";
import "./app/layout.css";
import "./app/print.css";
import "./app/a11y.css";
import "./app/phone.css";
import { ApolloProvider } from "@apollo/client/react";
import { homeFor } from "@bk/domain";
import { createTheme, MantineProvider } from "@mantine/core";
import { StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import { createApolloClient } from "./app/apollo";
import { AppRoutes, prefetchPageData, preloadPage } from "./app/router";
import { accessibleColors } from "./app/theme/accessible-colors";
import { ViewerProvider } from "./features/accounts/viewer";
import { VIEWER } from "./features/accounts/viewer.queries";
import { I18nProvider, initialLocale } from "./i18n/i18n";
import { loadMessages } from "./i18n/messages";
import { AfterLoad } from "./shared/AfterLoad";
import { lazyComponent } from "./shared/lazy";
import { navigateTo } from "./shared/router";

// Messages shown before it arrives wait in the notifications store.
const Notifications = lazyComponent(
  () => import("@mantine/notifications"),
  (m) => m.Notifications,
);

// Badges never truncate their label (statuses in narrow table cells). Colours: app/theme (WCAG AA).
// A select's list of options is drawn when it opens: kept mounted (Mantine's default), every closed
// list was positioned by floating-ui as its page mounted, each a forced style and layout of the page
// (the grant list's filters: ~100 ms of its first render's commit at 4x CPU).
const theme = createTheme({
  primaryColor: "grape",
  autoContrast: true,
  defaultRadius: "md",
  components: {
    Badge: { styles: { root: { minWidth: "max-content" } } },
    Combobox: { defaultProps: { keepMounted: false } },
  },
});
const client = createApolloClient();
// Asked first: the first render waits for the reader's language (the browser queues the requests
// beyond six, and the page's chunks are many).
const locale = initialLocale();
const messagesLoaded = loadMessages(locale);
// Who is logged in, in the cache before the first render (index.html's early request, answered
// through earlyViewerLink): the first render shows the page, not a loader that a second render replaces.
const viewerKnown = client.query({ query: VIEWER });
const roles = viewerKnown.then(
  (r) => r.data?.viewer?.roles ?? null,
  () => null,
);
// The page asked for downloads alongside the app's first requests, not after them, and its first
// query is asked as soon as the early Viewer answer says someone is logged in; on '/', the role's
// start page, once that answer says which. Nobody logged in: the login page instead.
const loggedIn = roles.then((r) => r !== null);
const { pathname } = window.location;
const loginLoaded = roles.then((r) => (r ? null : preloadPage("/login")));
let pageLoaded: Promise<unknown>;
if (pathname === "/")
  pageLoaded = roles.then((r) => {
    if (!r) return null;
    // The address becomes the start page before the first render: '/' rendered nothing and went on once
    // the router had subscribed, after the browser had painted (the heading the server drew gone for a frame).
    navigateTo(homeFor(r), { replace: true });
    prefetchPageData(client, { pathname: homeFor(r), search: "" }, loggedIn);
    return preloadPage(homeFor(r));
  });
else {
  pageLoaded = preloadPage(pathname);
  prefetchPageData(client, window.location, loggedIn);
}

// The first render speaks the reader's language, knows the viewer and has the page's own code, so
// it is the only one: the layout and the page render together, in one transition that yields to
// the browser, instead of the page in a later pass (lazyComponent) that other updates interrupt.
const ready = Promise.all([pageLoaded, loginLoaded, viewerKnown]).catch(() => null);
void Promise.all([messagesLoaded, ready]).then(([messages]) => {
  const root = createRoot(document.getElementById("root") as HTMLElement);
  startTransition(() =>
    root.render(
      <StrictMode>
        <MantineProvider theme={theme} cssVariablesResolver={accessibleColors}>
          <AfterLoad>
            {/* Below dialogs (Mantine modals sit at 200): a toast never covers the form it is about. */}
            <Notifications position="top-right" zIndex={190} />
          </AfterLoad>
          <ApolloProvider client={client}>
            <I18nProvider initial={{ locale, messages }}>
              <ViewerProvider>
                <AppRoutes />
              </ViewerProvider>
            </I18nProvider>
          </ApolloProvider>
        </MantineProvider>
      </StrictMode>,
    ),
  );
});
