/** Strings of the frame around every page: the skip link, the names of the menus and of
 * tables that scroll. */
export const layout = {
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
} as const;
