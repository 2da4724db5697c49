import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import { useEffect, useRef } from "react";

/**
 * The main menu as a drawer on a phone (below Mantine's "sm" breakpoint, 47.99em, as the Burger's
 * hiddenFrom="sm" and layout.css have it: 768 px is the desktop layout). Read at the first render
 * (no server rendering here): a phone renders the layout once, not a desktop layout first.
 * - A new page (`pathname`) closes it, however it was reached (a menu link, a search result, the
 *   user menu, the browser's back), and takes the focus to `main`: the link that had it is hidden.
 * - Escape closes it wherever the focus is (unless a list inside it took the key first) and gives
 *   the burger the focus back.
 * `menuOpen`: open and on a phone (the page under it is then inert).
 */
export function usePhoneMenu(pathname: string) {
  const [opened, { toggle, close }] = useDisclosure();
  const phone = useMediaQuery("(max-width: 47.99em)", undefined, { getInitialValueInEffect: false }) ?? false;
  const menuOpen = phone && opened;
  const burger = useRef<HTMLButtonElement>(null);
  const main = useRef<HTMLElement>(null);
  // Whether the menu was open as the last render left it (set after the effect below has read it).
  const wasOpen = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the page changes (pathname), reads the menu's state through a ref.
  useEffect(() => {
    if (!wasOpen.current) return;
    close();
    main.current?.focus();
  }, [pathname, close]);
  useEffect(() => {
    wasOpen.current = menuOpen;
  });
  useEffect(() => {
    if (!menuOpen) return;
    const closeWithEscape = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      close();
      burger.current?.focus();
    };
    document.addEventListener("keydown", closeWithEscape);
    return () => document.removeEventListener("keydown", closeWithEscape);
  }, [menuOpen, close]);
  return { phone, opened, menuOpen, toggle, close, burger, main };
}
