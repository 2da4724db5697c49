import { type RefObject, useEffect } from "react";

/**
 * GraphiQL 5 (@graphiql/react 0.39) marks each operation tab's <li> as role="tab" and puts its
 * buttons (select, close) inside it: a tab holding buttons is nested interactive content (axe:
 * nested-interactive, WCAG 4.1.2), and GraphiQL has no prop to turn its tabs off or render them
 * otherwise. Its tabs are not a tab widget anyway (no arrow keys: every button is a Tab stop), so
 * inside `ref` they are turned into what they behave as: a named list of buttons, the open
 * operation's button marked aria-current. Kept so whenever GraphiQL adds a tab or changes the open one.
 */
export function useGraphiqlTabsAsButtons(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const fix = () => tabsAsButtons(root);
    fix();
    const observer = new MutationObserver(fix);
    // A new tab (childList) or another one opened (GraphiQL sets aria-selected again, with the class in the same commit).
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ["role", "aria-selected"] });
    return () => observer.disconnect();
  }, [ref]);
}

/** The fix itself, on GraphiQL's tab markup inside `root`; changes only what differs (so it settles under an observer). */
export function tabsAsButtons(root: ParentNode) {
  for (const list of root.querySelectorAll('.graphiql-tabs[role="tablist"]')) list.removeAttribute("role");
  for (const tab of root.querySelectorAll<HTMLElement>("li.graphiql-tab")) {
    if (tab.hasAttribute("role")) tab.removeAttribute("role");
    if (tab.hasAttribute("aria-selected")) tab.removeAttribute("aria-selected");
    const button = tab.querySelector(".graphiql-tab-button");
    const open = tab.classList.contains("graphiql-tab-active");
    if (button && button.hasAttribute("aria-current") !== open) {
      if (open) button.setAttribute("aria-current", "true");
      else button.removeAttribute("aria-current");
    }
  }
}
