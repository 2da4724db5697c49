/** Strings of the frame around every page: the skip link and the names of the menus. */
export const layout = {
  sv: {
    "layout.skip": "Till innehållet",
    "layout.menu": "Meny",
    "layout.mainMenu": "Huvudmeny",
    "layout.actions": "Åtgärder",
  },
  en: {
    "layout.skip": "Skip to content",
    "layout.menu": "Menu",
    "layout.mainMenu": "Main menu",
    "layout.actions": "Actions",
  },
} as const;
