/** Strings of the analysts' explorer (GraphiQL at /explorer): the header, the examples, the result table. */
export const explorer = {
  "explorer.intro":
    "Skriv frågor mot Bidragskollens GraphQL-API: dokumentationen, autokomplettering och historik finns i panelen till vänster. Resultatet visas också som tabell nedanför, som du kan sortera och ladda ner.",
  "explorer.scriptsTitle": "Från egna skript",
  "explorer.scripts":
    "Skapa en personlig åtkomsttoken under Mitt konto och skicka den i huvudet Authorization: Bearer <token>, till exempel:",
  "explorer.accountLink": "Mitt konto (åtkomsttoken)",
  "explorer.examples": "Exempelfrågor",
  "explorer.examplesHint": "Ett klick öppnar frågan i redigeraren; kör den sedan med ▶.",
  "explorer.example.grantedPerYearPerFunder": "Totalt beviljat per år och finansiär",
  "explorer.example.coFinancers": "Vilka organisationer medfinansierar flest projekt",
  "explorer.example.awaitingDecision": "Bidrag som väntar på beslut",
  "explorer.example.overdueAsOf": "Försenade villkor per ett datum",
  "explorer.example.projectFinancing": "Ett projekts finansiering per år",
  "explorer.example.indicatorValues": "Indikatorvärden över tid",
  "explorer.example.indicatorValuesByBreakdown": "Indikatorvärden över tid per uppdelning",
  "explorer.editor": "GraphQL-redigerare",
  "explorer.table": "Resultat som tabell",
  "explorer.tableEmpty": "Kör en fråga för att se resultatet som tabell.",
  "explorer.tableNoRows": "Frågan gav inga rader.",
  "explorer.rows": "{count} rader",
  "explorer.sortBy": "Sortera på {column}",
  "explorer.exportName": "utforskaren",
  "explorer.decimalComma": "Decimalkomma i CSV",
} as const;
