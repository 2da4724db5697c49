import type { Permission } from "@bk/domain";
import { AppShell, Box, Burger, Group, NavLink, Stack, Text, Title } from "@mantine/core";
import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import { Suspense } from "react";

import { useViewer } from "../features/accounts/viewer";
import { useI18n } from "../i18n/i18n";
import type { MessageKey } from "../i18n/messages";
import { AfterLoad } from "../shared/AfterLoad";
import { LanguageSwitch } from "../shared/LanguageSwitch";
import { lazyComponent, PageLoading } from "../shared/lazy";
import { RouteErrorBoundary } from "../shared/RouteErrorBoundary";
import { Link, Outlet, useLocation } from "../shared/router";

// The search box and the user menu bring the popover machinery (floating-ui, Combobox, Menu):
// they follow the page's load, each in a placeholder of its own size.
const HeaderSearch = lazyComponent(
  () => import("../features/search/HeaderSearch"),
  (m) => m.HeaderSearch,
);
const UserMenu = lazyComponent(
  () => import("../features/accounts/UserMenu"),
  (m) => m.UserMenu,
);
const searchPlaceholder = <Box w={{ base: "100%", sm: 160, md: 280 }} h={30} />;
const userMenuPlaceholder = <Box w={32} h={32} />;

/**
 * The AppShell's transition duration is also how long it waits after mounting before it re-renders
 * in a transition (Mantine's useResizing). At 200 ms that re-render fell while the first page, just
 * downloaded, was rendering (a Suspense retry), and React started the page over: it was rendered
 * two to four times before it was shown. At 0 the wait ends before any page has arrived; the
 * phone menu still slides in over 200 ms (the CSS variable the duration would have set).
 */
const NO_SETTLING = 0;
const drawerSlide = () => ({ root: { "--app-shell-transition-duration": "200ms" } });

export const NAV: { to: string; key: MessageKey; permission?: Permission }[] = [
  { to: "/attention", key: "nav.attention" },
  { to: "/grants", key: "nav.grants" },
  { to: "/programmes", key: "nav.programmes" },
  { to: "/projects", key: "nav.projects" },
  { to: "/financing", key: "nav.financing" },
  { to: "/partners", key: "nav.partners" },
  { to: "/evaluations", key: "nav.evaluations" },
  { to: "/statistics", key: "nav.statistics" },
  { to: "/changes", key: "nav.changes" },
  { to: "/explorer", key: "nav.explorer" },
  // The documents speak of several projects at once: for those who read everything.
  { to: "/documents", key: "nav.documents", permission: "read:all" },
];

export function AppLayout() {
  const { t } = useI18n();
  const [opened, { toggle, close }] = useDisclosure();
  const { pathname } = useLocation();
  const { can } = useViewer();
  // Mantine's "sm" breakpoint, where the menu becomes a drawer. Read at the first render (no server
  // rendering here): a phone then renders the layout once, not a desktop layout first.
  const phone = useMediaQuery("(max-width: 48em)", undefined, { getInitialValueInEffect: false }) ?? false;
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 230, breakpoint: "sm", collapsed: { mobile: !opened } }}
      padding="md"
      transitionDuration={NO_SETTLING}
      vars={drawerSlide}
    >
      <a href="#main" className="skip-link">
        {t("layout.skip")}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t("layout.menu")} />
            <Link to="/" style={{ textDecoration: "none", color: "inherit" }}>
              <Title order={3} component="span">
                {t("appName")}
              </Title>
            </Link>
            <Text size="sm" c="dimmed" visibleFrom="md">
              {t("tagline")}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            {/* On a phone the search and the language move into the menu: the header keeps one row. */}
            {!phone && (
              <>
                <AfterLoad placeholder={searchPlaceholder}>
                  <HeaderSearch />
                </AfterLoad>
                <LanguageSwitch />
              </>
            )}
            <AfterLoad placeholder={userMenuPlaceholder}>
              <UserMenu />
            </AfterLoad>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t("layout.mainMenu")}>
        {phone && (
          <Stack gap="xs" mb="sm">
            <AfterLoad placeholder={searchPlaceholder}>
              <HeaderSearch />
            </AfterLoad>
            <LanguageSwitch />
          </Stack>
        )}
        {NAV.filter((item) => !item.permission || can(item.permission)).map((item) => (
          <NavLink key={item.to} component={Link} to={item.to} label={t(item.key)} active={pathname.startsWith(item.to)} onClick={close} />
        ))}
        {can("manage:users") && (
          <NavLink component={Link} to="/admin/users" label={t("nav.users")} active={pathname.startsWith("/admin/users")} onClick={close} />
        )}
        {can("manage:settings") && (
          <NavLink
            component={Link}
            to="/admin/open-data"
            label={t("nav.openData")}
            active={pathname.startsWith("/admin/open-data")}
            onClick={close}
          />
        )}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        {/* A page's chunk loads here: header and menu stay in place meanwhile. */}
        <RouteErrorBoundary pathname={pathname}>
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </RouteErrorBoundary>
      </AppShell.Main>
    </AppShell>
  );
}
