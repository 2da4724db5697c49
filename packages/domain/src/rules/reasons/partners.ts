import type { Wordings } from "../wording";

/** Why an organisation, a partner role, an agreement, an evaluation or a financing record as typed is refused. */
export const partners = {
  "organisation.nameRequired": { sv: "Namnet måste anges (minst {min} tecken)", en: "Enter the name (at least {min} characters)" },
  "organisation.kindRequired": { sv: "Välj organisationstyp", en: "Choose the kind of organisation" },
  "organisation.numberInvalid": {
    sv: "Ogiltigt organisationsnummer (tio siffror, NNNNNN-NNNN, med rätt kontrollsiffra)",
    en: "Invalid organisation number (ten digits, NNNNNN-NNNN, with the right check digit)",
  },
  "partnerRole.projectRequired": { sv: "Välj projekt", en: "Choose a project" },
  "partnerRole.organisationRequired": { sv: "Välj organisation", en: "Choose an organisation" },
  "partnerRole.roleRequired": { sv: "Välj roll", en: "Choose a role" },
  "partnerRole.yearsReversed": { sv: "Till-året kan inte ligga före från-året", en: "The to-year cannot come before the from-year" },
  "title.length": { sv: "Rubriken ska vara {min}–{max} tecken", en: "The title must have {min}–{max} characters" },
  "agreement.principalRequired": { sv: "Välj uppdragsgivare", en: "Choose the principal" },
  "agreement.counterpartyRequired": { sv: "Välj motpart", en: "Choose the counterparty" },
  "agreement.interval": { sv: "Ange 1–10 år", en: "Enter 1–10 years" },
  "agreement.sameParties": { sv: "Motparten måste vara en annan organisation", en: "The counterparty must be another organisation" },
  "agreement.endBeforeStart": { sv: "Avtalet kan inte sluta före det börjar", en: "The agreement cannot end before it starts" },
  "evaluation.kindRequired": { sv: "Välj typ", en: "Choose a kind" },
  "evaluation.tooManyQuestions": { sv: "Högst {max} frågor", en: "At most {max} questions" },
  "evaluation.subjectRequired": { sv: "Ange projekt eller avtal", en: "Enter a project or an agreement" },
  "evaluation.plannedNeedsDate": { sv: "En planerad utvärdering behöver ett datum", en: "A planned evaluation needs a date" },
  "evaluation.positionRequired": { sv: "Ange frågans nummer", en: "Enter the question's number" },
  "budgetYear.amountInvalid": { sv: "Ange behovet i kronor, t.ex. 900 000", en: "Enter the need in kronor, e.g. 900 000" },
  "budgetYear.ownFundingInvalid": { sv: "Ange egen finansiering i kronor", en: "Enter own funding in kronor" },
  "contribution.partnerRequired": { sv: "Välj part", en: "Choose a partner" },
  "contribution.kindRequired": { sv: "Välj kontant eller i natura", en: "Choose cash or in kind" },
  "contribution.amountInvalid": { sv: "Ange beloppet i kronor", en: "Enter the amount in kronor" },
  "contribution.statusRequired": { sv: "Välj status", en: "Choose a status" },
  "contribution.cashNeedsAmount": { sv: "Ett kontant bidrag behöver ett belopp", en: "A cash contribution needs an amount" },
  "contribution.inKindNeedsDescription": {
    sv: "Beskriv vad som bidras med (t.ex. lokaler) om värdet är okänt",
    en: "Describe what is contributed (e.g. premises) if its value is unknown",
  },
} satisfies Wordings;
