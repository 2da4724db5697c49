import type { Wordings } from "../wording";

/** Why an indicator or a reported value is refused. */
export const statistics = {
  "indicator.nameLength": { sv: "Namnet ska vara {min}–{max} tecken", en: "The name must have {min}–{max} characters" },
  "indicator.unitRequired": { sv: "Ange en enhet (högst {max} tecken)", en: "Enter a unit (at most {max} characters)" },
  "observation.indicatorRequired": { sv: "Välj indikator", en: "Choose an indicator" },
  "observation.valueRequired": { sv: "Ange ett värde", en: "Enter a value" },
  "observation.negative": { sv: "Värdet kan inte vara negativt", en: "The value cannot be negative" },
  "observation.tooLarge": { sv: "Värdet är orimligt stort", en: "The value is unreasonably large" },
  "observation.periodReversed": { sv: "Perioden kan inte sluta före den börjar", en: "The period cannot end before it starts" },
  "observation.peopleNotWhole": { sv: "Ett antal personer måste vara ett heltal", en: "A number of people must be a whole number" },
  "observation.overlaps": {
    sv: "Perioden överlappar ett värde ({from:date}–{to:date}) för samma indikator och uppdelning",
    en: "The period overlaps a value ({from:date}–{to:date}) of the same indicator and breakdown",
  },
  "observation.breakdownAboveTotal": {
    sv: "Uppdelningen ({value}) kan inte vara större än totalen ({total}) för samma period",
    en: "The breakdown ({value}) cannot be larger than the total ({total}) of the same period",
  },
  "observation.totalBelowBreakdown": {
    sv: "Totalen ({value}) kan inte vara mindre än en uppdelning ({largest}) för samma period",
    en: "The total ({value}) cannot be smaller than a breakdown ({largest}) of the same period",
  },
  "observation.protectedGroup": {
    sv: "Perioden har skyddade uppgifter (små antal personer). Värden för den kan bara läggas till, ändras eller tas bort av någon som får se de verkliga antalen.",
    en: "The period holds protected figures (small numbers of people). Its values can only be added, changed or deleted by someone allowed to see the real numbers.",
  },
  "indicator.protected": {
    sv: "Indikatorn har skyddade uppgifter (små antal personer). Bara någon som får se de verkliga antalen kan ändra att den räknar personer.",
    en: "The indicator holds protected figures (small numbers of people). Only someone allowed to see the real numbers can change whether it counts people.",
  },
  "observationAggregate.orderNotGrouped": {
    sv: "Sortera bara efter en dimension som grupperingen har ({field})",
    en: "Sort only by a dimension the grouping has ({field})",
  },
} satisfies Wordings;
