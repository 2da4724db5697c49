import type { layout as sv } from "../sv/layout";

/** Strings of the frame around every page: the skip link, the names of the menus and of
 * tables that scroll. */
export const layout: Record<keyof typeof sv, string> = {
  "layout.skip": "Skip to content",
  "layout.menu": "Menu",
  "layout.mainMenu": "Main menu",
  "layout.actions": "Actions",
  "layout.notFound": "Page not found",
  "layout.notFoundText": "The address {path} leads to no page of Bidragskollen. It may be misspelt, or the link old.",
  "layout.home": "To the start page",
  "layout.back": "Back",
  "layout.crashed": "Something went wrong on this page",
  "layout.crashedText": "The page could not be shown. Nothing you saved has been lost. Try again, or go on to another page in the menu.",
  "layout.retry": "Try again",
  "layout.scrollTable": "{name} (scrollable table)",
};
