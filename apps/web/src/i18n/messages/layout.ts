/** Strings of the frame around every page: the skip link, the names of the menus and of
 * tables that scroll. */
export const layout = {
  sv: {
    "layout.skip": "Till innehållet",
    "layout.menu": "Meny",
    "layout.mainMenu": "Huvudmeny",
    "layout.actions": "Åtgärder",
    "layout.notFound": "Sidan finns inte",
    "layout.notFoundText": "Adressen {path} leder inte till någon sida i Bidragskollen. Den kan vara felstavad, eller länken gammal.",
    "layout.home": "Till startsidan",
    "layout.back": "Tillbaka",
    "layout.crashed": "Något gick fel på den här sidan",
    "layout.crashedText":
      "Sidan kunde inte visas. Inget du sparat har gått förlorat. Försök igen, eller gå vidare till en annan sida i menyn.",
    "layout.retry": "Försök igen",
    "layout.scrollTable": "{name} (rullbar tabell)",
  },
  en: {
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
  },
} as const;
