import type { Wordings } from "../wording";

/** Why a request as such is refused: ids, pages, search text, limits, and what the server cannot say more about. */
export const api = {
  "id.invalid": { sv: "{value} är inget giltigt id för {type}", en: "{value} is not a valid id of a {type}" },
  "id.unknown": { sv: "{value} är inget id i Bidragskollen", en: "{value} is not an id in Bidragskollen" },
  "id.tooMany": { sv: "Högst {max} id:n åt gången", en: "At most {max} ids at a time" },
  "cursor.invalid": {
    sv: "Ogiltig markör; använd en cursor från ett tidigare svar",
    en: "Invalid cursor; use a cursor from an earlier answer",
  },
  "page.forwardOnly": {
    sv: "Listan bläddras framåt: använd first och after",
    en: "This list pages forward only: use first and after",
  },
  "range.reversed": { sv: "Från-värdet får inte vara större än till-värdet", en: "The from-value must not be larger than the to-value" },
  "range.datesReversed": {
    sv: "Från-datumet får inte vara senare än till-datumet",
    en: "The from-date must not be later than the to-date",
  },
  "value.between": { sv: "Ange mellan {min} och {max} (var {value})", en: "Enter between {min} and {max} (was {value})" },
  "search.length": { sv: "Söktexten ska vara {min}–{max} tecken", en: "The search text must have {min}–{max} characters" },
  "whatIf.outcome": {
    sv: "Utfallet måste vara beviljat, delvis beviljat eller avslag",
    en: "The outcome must be granted, partially granted or rejected",
  },
  "argument.textTooLong": { sv: "Texten är för lång (högst {max} tecken)", en: "The text is too long (at most {max} characters)" },
  "where.tooDeep": {
    sv: "Filtret är för djupt: AND, OR och NOT i högst {max} nivåer",
    en: "The filter is too deep: AND, OR and NOT at most {max} levels",
  },
  "where.tooManyParts": {
    sv: "Filtret har för många villkor i AND, OR och NOT (högst {max})",
    en: "The filter has too many conditions in AND, OR and NOT (at most {max})",
  },
  "argument.tooManyValues": { sv: "Högst {max} värden", en: "At most {max} values" },
  "argument.numberTooLarge": { sv: "Talet är för stort", en: "The number is too large" },
  "query.tooComplex": {
    sv: "Frågan överskrider en gräns ({limit}): högst {max}. Dela upp den i mindre frågor.",
    en: "The query exceeds a limit ({limit}): at most {max}. Split it into smaller queries.",
  },
  "request.tooLarge": { sv: "Anropet är för stort (högst 1 MB)", en: "The request is too large (at most 1 MB)" },
  "request.notJson": { sv: "Anropet är inte giltig JSON", en: "The request is not valid JSON" },
  "request.sendJson": { sv: "Skicka JSON (Content-Type: application/json)", en: "Send JSON (Content-Type: application/json)" },
  "request.badAddress": { sv: "Ogiltig adress (felaktig %-kodning)", en: "Invalid address (broken %-encoding)" },
  "request.invalid": { sv: "Ogiltigt anrop", en: "Invalid request" },
  "request.noSuchAddress": { sv: "Adressen finns inte", en: "There is nothing at this address" },
  "query.timeout": {
    sv: "Frågan tog längre tid än {seconds} s och avbröts. Begränsa den (färre rader, smalare filter).",
    en: "The query took longer than {seconds} s and was stopped. Narrow it (fewer rows, tighter filters).",
  },
} satisfies Wordings;
