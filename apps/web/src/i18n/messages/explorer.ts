/** Strings of the analysts' explorer (GraphiQL at /explorer): the header, the examples, the result table. */
export const explorer = {
  sv: {
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
    "explorer.editor": "GraphQL-redigerare",
    "explorer.table": "Resultat som tabell",
    "explorer.tableEmpty": "Kör en fråga för att se resultatet som tabell.",
    "explorer.tableNoRows": "Frågan gav inga rader.",
    "explorer.rows": "{count} rader",
    "explorer.sortBy": "Sortera på {column}",
    "explorer.exportName": "utforskaren",
  },
  en: {
    "explorer.intro":
      "Write queries against Bidragskollen's GraphQL API: the documentation, autocomplete and history are in the panel on the left. The result is also shown as a table below, which you can sort and download.",
    "explorer.scriptsTitle": "From your own scripts",
    "explorer.scripts":
      "Create a personal access token under My account and send it in the header Authorization: Bearer <token>, for example:",
    "explorer.accountLink": "My account (access tokens)",
    "explorer.examples": "Example queries",
    "explorer.examplesHint": "One click opens the query in the editor; then run it with ▶.",
    "explorer.example.grantedPerYearPerFunder": "Total granted per year and funder",
    "explorer.example.coFinancers": "Which organisations co-finance the most projects",
    "explorer.example.awaitingDecision": "Grants awaiting decision",
    "explorer.example.overdueAsOf": "Conditions overdue as of a date",
    "explorer.example.projectFinancing": "A project's financing per year",
    "explorer.example.indicatorValues": "Indicator values over time",
    "explorer.editor": "GraphQL editor",
    "explorer.table": "Result as a table",
    "explorer.tableEmpty": "Run a query to see its result as a table.",
    "explorer.tableNoRows": "The query returned no rows.",
    "explorer.rows": "{count} rows",
    "explorer.sortBy": "Sort by {column}",
    "explorer.exportName": "explorer",
  },
};
