import type { Wordings } from "../wording";

/** Why a grant cannot take a step in its lifecycle. Statuses travel as enum values, worded with `{…:status}`. */
export const lifecycle = {
  "grant.transition.notAllowed": {
    sv: "Ett bidrag med status ”{from:status}” kan inte bli ”{to:status}” (tillåtet: {allowed:status})",
    en: "A grant with status “{from:status}” cannot become “{to:status}” (allowed: {allowed:status})",
  },
  "grant.transition.noFurtherSteps": {
    sv: "Ett bidrag med status ”{from:status}” kan inte bli ”{to:status}” (inga fler steg är möjliga)",
    en: "A grant with status “{from:status}” cannot become “{to:status}” (no further steps are possible)",
  },
  "grant.transition.finalReportMissing": {
    sv: "Registrera en inkommen slutrapport innan bidraget markeras som redovisat",
    en: "Record a received final report before the grant is marked as reported",
  },
  "grant.transition.openConditions": {
    sv: "Alla villkor måste vara uppfyllda eller efterskänkta innan bidraget avslutas",
    en: "Every condition must be fulfilled or waived before the grant is closed",
  },
  "grant.transition.plannedPayments": {
    sv: "Det finns planerade utbetalningar som inte är gjorda",
    en: "There are planned disbursements that have not been paid",
  },
} satisfies Wordings;
