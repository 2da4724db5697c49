import type { Wordings } from "../wording";

/** Why a text, a date, an amount or a contact detail as typed is refused (any form). */
export const text = {
  "text.controlCharacters": {
    sv: "Texten innehåller otillåtna kontrolltecken",
    en: "The text contains control characters that are not allowed",
  },
  "text.invalidCharacters": { sv: "Texten innehåller ogiltiga tecken", en: "The text contains invalid characters" },
  "text.lineBreaks": { sv: "Radbrytningar och tabbar är inte tillåtna här", en: "Line breaks and tabs are not allowed here" },
  "text.hiddenMarks": {
    sv: "Texten innehåller osynliga tecken eller textriktningsmarkeringar som inte hör hemma här",
    en: "The text contains invisible characters or direction marks that do not belong here",
  },
  "text.unclosedDirection": {
    sv: "Texten innehåller en textriktningsmarkering som inte avslutas",
    en: "The text contains a direction mark that is not closed",
  },
  "text.url": { sv: "Ange en webbadress, t.ex. https://www.haninge.se", en: "Enter a web address, e.g. https://www.haninge.se" },
  "text.email": { sv: "Ogiltig e-postadress", en: "Invalid e-mail address" },
  "text.phone": { sv: "Ange ett telefonnummer, t.ex. 08-508 040 00", en: "Enter a phone number, e.g. 08-508 040 00" },
  "text.onlyZeros": { sv: "Ett nummer av bara nollor är inget nummer", en: "A number made only of zeros is not a number" },
  "date.invalid": { sv: "Ange ett datum som ÅÅÅÅ-MM-DD", en: "Enter a date as YYYY-MM-DD" },
  "date.inFuture": {
    sv: "Datumet har inte inträffat än (i dag är det {today})",
    en: "This date has not happened yet (today is {today})",
  },
  "date.invalidTime": { sv: "Ogiltig tidpunkt", en: "Invalid point in time" },
  "money.invalid": { sv: "Ange ett belopp i kronor, t.ex. 500 000", en: "Enter an amount in kronor, e.g. 500 000" },
  "money.negative": { sv: "Beloppet får inte vara negativt", en: "The amount must not be negative" },
  "money.wholeKronor": { sv: "Ange beloppet i hela kronor, utan öre", en: "Enter the amount in whole kronor, without öre" },
  "money.notPositive": { sv: "Beloppet måste vara större än 0 kr", en: "The amount must be larger than SEK 0" },
} satisfies Wordings;
