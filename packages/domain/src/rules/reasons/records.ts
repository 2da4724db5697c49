import type { Wordings } from "../wording";

/**
 * Refusals of the record-keeping use cases (budgets, co-financing, partners, organisations,
 * agreements, evaluations, statistics): references that do not exist, and records entered twice.
 */
export const records = {
  "project.missing": { sv: "Projektet finns inte", en: "The project does not exist" },
  "organisation.missing": { sv: "Organisationen finns inte", en: "The organisation does not exist" },
  "indicator.missing": { sv: "Indikatorn finns inte", en: "The indicator does not exist" },
  "agreement.missing": { sv: "Avtalet finns inte", en: "The agreement does not exist" },
  "evaluation.missing": { sv: "Utvärderingen finns inte", en: "The evaluation does not exist" },
  "question.missing": { sv: "Någon av frågorna finns inte", en: "One of the questions does not exist" },
  "question.notInFollowUp": { sv: "Fråga {position} finns inte i uppföljningen", en: "Question {position} is not part of the follow-up" },
  "budgetYear.missing": { sv: "Inget budgetbehov för {year}", en: "No budget need for {year}" },
  "contribution.missing": { sv: "Medfinansieringen finns inte", en: "The co-financing does not exist" },
  "contribution.duplicate": {
    sv: "Samma medfinansiering finns redan för {year}; ändra den i stället",
    en: "The same co-financing is already recorded for {year}; change that one instead",
  },
  "partnerRole.missing": { sv: "Rollen finns inte", en: "The role does not exist" },
  "partnerRole.overlaps": {
    sv: "Organisationen har redan den rollen i projektet {fromYear}–{toYear}; ändra den i stället",
    en: "The organisation already has this role in the project {fromYear}–{toYear}; change that one instead",
  },
  "organisation.parentIsSelf": {
    sv: "En organisation kan inte ligga under sig själv",
    en: "An organisation cannot be placed under itself",
  },
  "organisation.nameTaken": {
    sv: "Det finns redan en organisation med det namnet i samma kommun",
    en: "There already is an organisation with this name in the same municipality",
  },
  "organisation.numberTaken": { sv: "Numret finns redan ({name})", en: "This number is already registered ({name})" },
  "observation.missing": { sv: "Värdet finns inte", en: "The value does not exist" },
} satisfies Wordings;
