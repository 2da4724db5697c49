import { Box, Burger, Stack } from "@mantine/core";
import { Suspense } from "react";
import { useViewer } from "../features/accounts/viewer";
import { useI18n } from "../i18n/i18n";
import { AfterLoad } from "../shared/AfterLoad";
import { LanguageSwitch } from "../shared/LanguageSwitch";
import { lazyComponent, PageLoading } from "../shared/lazy";
import { RouteErrorBoundary } from "../shared/RouteErrorBoundary";
import { Link, Outlet, useLocation } from "../shared/router";
import { NAV } from "./nav";
import { FIXED_BAR_CLASS } from "./scroll-lock";
import { usePhoneMenu } from "./use-phone-menu";

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

const MENU_ID = "main-menu";

/**
 * The header, the main menu and the page (layout.css; its own elements rather than Mantine's
 * AppShell, whose resizing, aside and footer machinery was a fifth of the first download's Mantine).
 */
export function AppLayout() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const { can } = useViewer();
  const { phone, opened, menuOpen, toggle, close, burger, main } = usePhoneMenu(pathname);
  const current = (to: string) => {
    const path = pathname.toLowerCase();
    return path === to || path.startsWith(`${to}/`);
  };
  return (
    <div className="bk-layout" data-menu-open={menuOpen || undefined}>
      <a href="#main" className="skip-link">
        {t("layout.skip")}
      </a>
      <header className={`bk-header ${FIXED_BAR_CLASS}`}>
        <div className="bk-header-side">
          <Burger
            ref={burger}
            opened={opened}
            onClick={toggle}
            hiddenFrom="sm"
            size="sm"
            aria-label={t("layout.menu")}
            aria-expanded={opened}
            aria-controls={MENU_ID}
          />
          <Link to="/" className="bk-home bk-name mantine-focus-auto">
            {t("appName")}
          </Link>
          <span className="bk-tagline">{t("tagline")}</span>
        </div>
        <div className="bk-header-side">
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
        </div>
      </header>
      <nav id={MENU_ID} className="bk-menu" aria-label={t("layout.mainMenu")}>
        {phone && (
          <Stack gap="xs" mb="sm">
            <AfterLoad placeholder={searchPlaceholder}>
              <HeaderSearch />
            </AfterLoad>
            <LanguageSwitch />
          </Stack>
        )}
        {NAV.filter((item) => !item.permission || can(item.permission)).map((item) => (
          <Link
            key={item.to}
            to={item.to}
            className="bk-menu-link mantine-focus-auto"
            aria-current={current(item.to) ? "page" : undefined}
            onClick={close}
          >
            {t(item.key)}
          </Link>
        ))}
      </nav>
      {/* While the phone menu covers it, the page is out of reach (Tab, a screen reader) as it is out of sight. */}
      <main id="main" ref={main} tabIndex={-1} className="bk-main" inert={menuOpen || undefined}>
        {/* A page's chunk loads here: header and menu stay in place meanwhile. */}
        <RouteErrorBoundary pathname={pathname}>
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </RouteErrorBoundary>
      </main>
    </div>
  );
}
