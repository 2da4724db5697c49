import type { Wordings } from "../wording";

/** Why an aggregate (sums and counts in groups) is refused as asked. */
export const aggregates = {
  "aggregate.dimensionCount": {
    sv: "Gruppera efter {min}–{max} dimensioner (var {value})",
    en: "Group by {min}–{max} dimensions (was {value})",
  },
  "aggregate.dimensionRepeated": {
    sv: "Dimensionen {dimension} finns redan i grupperingen",
    en: "The dimension {dimension} is already in the grouping",
  },
  "aggregate.orderOneOf": {
    sv: "Sortera efter antingen ett mått eller en dimension",
    en: "Sort by either a measure or a dimension",
  },
  "aggregate.orderNotGrouped": {
    sv: "Dimensionen {dimension} finns inte i grupperingen och kan inte sorteras på",
    en: "The dimension {dimension} is not in the grouping and cannot be sorted by",
  },
  "aggregate.lastNeedsBefore": {
    sv: "Ange last tillsammans med before (eller bläddra framåt med first och after)",
    en: "Give last together with before (or page forward with first and after)",
  },
} satisfies Wordings;
