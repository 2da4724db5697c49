import type { Role } from "../generated/prisma/enums";

/** Each role's name and a sentence on what it may do, in both UI languages. */
export const roleLabels: Record<Role, { sv: string; en: string; descriptionSv: string; descriptionEn: string }> = {
  ADMIN: {
    sv: "Administratör",
    en: "Administrator",
    descriptionSv: "Hanterar användare och roller och får göra allt annat (utom att se råa antal personer).",
    descriptionEn: "Manages users and roles and may do everything else (except seeing raw counts of people).",
  },
  CASE_OFFICER: {
    sv: "Handläggare",
    en: "Case officer",
    descriptionSv: "Länsstyrelsens handläggare: hela bidragsflödet, organisationer, avtal och utvärderingar.",
    descriptionEn: "County board staff: the whole grant lifecycle, organisations, agreements and evaluations.",
  },
  PROJECT_LEAD: {
    sv: "Projektledare",
    en: "Project lead",
    descriptionSv: "Sina projekt: bidrag, finansiering, parter, utvärderingar och statistik; ändrar budget, medfinansiering och statistik.",
    descriptionEn:
      "Their own projects: grants, financing, partners, evaluations and statistics; edits budgets, co-financing and statistics.",
  },
  ANALYST: {
    sv: "Utredare",
    en: "Analyst",
    descriptionSv: "Läser allt (skyddade antal förblir skyddade), använder utforskaren och åtkomsttoken, ändrar inget.",
    descriptionEn: "Reads everything (protected counts stay protected), uses the explorer and access tokens, changes nothing.",
  },
  STATISTICIAN: {
    sv: "Statistiker",
    en: "Statistician",
    descriptionSv: "Ser råa antal personer och för in statistik.",
    descriptionEn: "Sees raw counts of people and enters statistics.",
  },
};
