import type { explorer as sv } from "../sv/explorer";

/** Strings of the analysts' explorer (GraphiQL at /explorer): the header, the examples, the result table. */
export const explorer: Record<keyof typeof sv, string> = {
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
  "explorer.example.indicatorValuesByBreakdown": "Indicator values over time by breakdown",
  "explorer.editor": "GraphQL editor",
  "explorer.table": "Result as a table",
  "explorer.tableEmpty": "Run a query to see its result as a table.",
  "explorer.tableNoRows": "The query returned no rows.",
  "explorer.rows": "{count} rows",
  "explorer.sortBy": "Sort by {column}",
  "explorer.exportName": "explorer",
  "explorer.decimalComma": "Decimal comma in CSV",
};
