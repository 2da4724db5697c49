import type { Wordings } from "../wording";

/** Why signing in, a user, a password or an access token is refused. */
export const accounts = {
  "auth.signInRequired": { sv: "Logga in för att fortsätta", en: "Sign in to continue" },
  "auth.forbidden": { sv: "Du har inte behörighet till detta", en: "You are not allowed to do this" },
  "auth.wrongCredentials": { sv: "Fel e-postadress eller lösenord", en: "Wrong e-mail address or password" },
  "auth.tooManySignIns": {
    sv: "För många misslyckade inloggningar. Försök igen om {minutes} min.",
    en: "Too many failed sign-ins. Try again in {minutes} min.",
  },
  "auth.tooManyPasswords": { sv: "För många felaktiga lösenord. Försök igen senare.", en: "Too many wrong passwords. Try again later." },
  "email.required": { sv: "Ange e-postadress", en: "Enter an e-mail address" },
  "email.plainCharacters": {
    sv: "Skriv e-postadressen med vanliga tecken (a–z, 0–9 och . _ - +)",
    en: "Write the e-mail address with plain characters (a–z, 0–9 and . _ - +)",
  },
  "password.required": { sv: "Ange lösenord", en: "Enter the password" },
  "password.newRequired": { sv: "Ange ett lösenord", en: "Enter a password" },
  "password.tooShort": { sv: "Lösenordet ska vara minst {min} tecken", en: "The password must have at least {min} characters" },
  "password.tooLong": { sv: "Lösenordet får vara högst {max} tecken", en: "The password may have at most {max} characters" },
  "password.tooFewCharacters": { sv: "Välj ett lösenord med fler olika tecken", en: "Choose a password with more different characters" },
  "password.guessable": {
    sv: "Lösenordet är för lätt att gissa; välj till exempel några ord i följd",
    en: "The password is too easy to guess; choose, for example, a few words in a row",
  },
  "password.currentRequired": { sv: "Ange nuvarande lösenord", en: "Enter your current password" },
  "password.mustChange": { sv: "Välj ett nytt lösenord", en: "Choose a new password" },
  "password.isEmail": { sv: "Välj något annat än din e-postadress", en: "Choose something other than your e-mail address" },
  "password.containsEmail": {
    sv: "Välj något som inte innehåller din e-postadress",
    en: "Choose something that does not contain your e-mail address",
  },
  "password.wrongCurrent": { sv: "Fel lösenord", en: "Wrong password" },
  "user.nameRequired": { sv: "Ange namn", en: "Enter a name" },
  "user.unknownRole": { sv: "Okänd roll", en: "Unknown role" },
  "user.roleRequired": { sv: "Välj minst en roll", en: "Choose at least one role" },
  "user.roleTwice": { sv: "Varje roll bara en gång", en: "Each role only once" },
  "user.leadNeedsProject": { sv: "En projektledare behöver minst ett projekt", en: "A project lead needs at least one project" },
  "user.projectMissing": { sv: "Något av projekten finns inte", en: "One of the projects does not exist" },
  "user.emailTaken": { sv: "Det finns redan en användare med den e-postadressen", en: "There already is a user with this e-mail address" },
  "user.missing": { sv: "Användaren finns inte", en: "The user does not exist" },
  "user.changedByOthers": {
    sv: "Användaren har ändrats av någon annan sedan du öppnade den. Ladda om och försök igen.",
    en: "The user has been changed by someone else since you opened it. Reload and try again.",
  },
  "user.lastAdmin": { sv: "Minst en aktiv administratör måste finnas kvar", en: "At least one active administrator must remain" },
  "user.cannotDeactivateSelf": { sv: "Du kan inte inaktivera dig själv", en: "You cannot deactivate yourself" },
  "user.inactive": { sv: "Användaren är inaktiverad; aktivera den först", en: "The user is deactivated; activate them first" },
  "link.invalid": {
    sv: "Länken är ogiltig, redan använd eller för gammal. Be en administratör om en ny.",
    en: "The link is invalid, already used or too old. Ask an administrator for a new one.",
  },
  "link.used": { sv: "Länken är redan använd", en: "The link has already been used" },
  "token.nameRequired": { sv: "Ge token ett namn", en: "Give the token a name" },
  "token.expiryNotFuture": { sv: "Välj ett datum efter i dag", en: "Choose a date after today" },
  "token.expiryTooFar": {
    sv: "Högst {years} år fram (eller inget slutdatum)",
    en: "At most {years} years ahead (or no end date)",
  },
} satisfies Wordings;
