import type { Wordings } from "../wording";

/** Reasons any input can have: missing, malformed, too long, out of range, unsafe text. */
export const common = {
  "value.required": { sv: "Obligatoriskt", en: "Required" },
  "value.invalid": { sv: "Ogiltigt värde", en: "Invalid value" },
  "value.notAllowed": { sv: "Värdet är inte tillåtet", en: "This value is not allowed" },
  "value.tooSmall": { sv: "Minst {min}", en: "At least {min}" },
  "value.tooLarge": { sv: "Högst {max}", en: "At most {max}" },
  "value.notWhole": { sv: "Ange ett heltal", en: "Enter a whole number" },
  "text.tooLong": { sv: "Högst {max} tecken", en: "At most {max} characters" },
  "text.tooShort": { sv: "Minst {min} tecken", en: "At least {min} characters" },
  "text.invisibleOnly": { sv: "Texten består bara av osynliga tecken", en: "The text consists only of invisible characters" },
  "record.notFound": { sv: "Finns inte", en: "Does not exist" },
  "record.changedByOthers": {
    sv: "Ändrat av någon annan sedan du öppnade det (version {currentVersion}, du hade {expectedVersion}). Ladda om och gör ändringen igen.",
    en: "Changed by someone else since you opened it (version {currentVersion}, you had {expectedVersion}). Reload and make the change again.",
  },
  "record.alreadyExists": { sv: "Det finns redan", en: "It already exists" },
  "reference.missing": { sv: "Något av de angivna objekten finns inte", en: "One of the given records does not exist" },
  "internal.error": { sv: "Ett internt fel inträffade", en: "An internal error occurred" },
  "network.unreachable": {
    sv: "Servern svarar inte. Kontrollera anslutningen och försök igen.",
    en: "The server does not answer. Check the connection and try again.",
  },
} satisfies Wordings;
