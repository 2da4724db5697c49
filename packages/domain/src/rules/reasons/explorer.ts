import type { Wordings } from "../wording";

/** Why a saved query of the explorer is refused. */
export const explorer = {
  "savedQuery.nameRequired": { sv: "Ange ett namn (högst {max} tecken)", en: "Enter a name (at most {max} characters)" },
  "savedQuery.queryRequired": { sv: "Skriv en fråga att spara", en: "Write a query to save" },
  "savedQuery.notGraphQL": {
    sv: "Frågan är inte giltig GraphQL (rad {line}, kolumn {column})",
    en: "The query is not valid GraphQL (line {line}, column {column})",
  },
  "savedQuery.variablesNotJson": { sv: "Variablerna ska vara giltig JSON", en: "The variables must be valid JSON" },
  "savedQuery.variablesNotObject": {
    sv: 'Variablerna ska vara ett JSON-objekt, t.ex. { "first": 10 }',
    en: 'The variables must be a JSON object, e.g. { "first": 10 }',
  },
  "savedQuery.missing": { sv: "Den sparade frågan finns inte", en: "The saved query does not exist" },
} satisfies Wordings;
