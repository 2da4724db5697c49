import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { apiAs, expect, test } from "../fixtures";
import { swedishOn } from "../pages/swedish-wordings";
import { USERS } from "../users";

// An analyst saves queries of the explorer, shares one by its link, and a colleague opens, runs and downloads it.
test.use({ as: "analyst" });

const stamp = Date.now().toString(36);
// "Total granted per year per funder": one query with a two-dimensional group (grantAggregate).
const PER_YEAR_AND_FUNDER = "Totalt beviljat per år och finansiär";

async function openExample(page: Page, name: string) {
  await page.getByTestId("explorer-examples").getByRole("button", { name }).click();
}

/** WCAG 2.1 A/AA problems axe finds within `selector`. */
async function axeProblems(page: Page, selector: string) {
  const axe = await new AxeBuilder({ page }).include(selector).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
}

async function run(page: Page) {
  await page
    .getByTestId("explorer-editor")
    .getByRole("button", { name: /Execute query/ })
    .click();
}

test("an analyst saves a query shared, copies its link; a colleague opens it, runs it and downloads the result as XLSX", async ({
  page,
  browser,
  baseURL,
}) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/");
  await page.getByRole("navigation").getByRole("link", { name: "Utforskaren (GraphQL)" }).click();
  const panel = page.getByTestId("saved-queries");
  await expect(panel.getByRole("heading", { name: "Sparade frågor" })).toBeVisible();

  await openExample(page, PER_YEAR_AND_FUNDER);
  await expect(page.getByTestId("explorer-editor").locator(".graphiql-query-editor")).toContainText("query GrantedPerYearPerFunder");
  await run(page);
  await expect(page.getByTestId("explorer-table").locator("tbody tr").first()).toBeVisible();

  // Saving without a name is refused at the name, in Swedish, before anything is sent.
  await panel.getByRole("button", { name: "Spara", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Spara frågan" });
  await expect(dialog.getByLabel("Frågan som sparas")).toContainText("query GrantedPerYearPerFunder");
  await dialog.getByRole("button", { name: "Spara" }).click();
  await expect(dialog.getByText("Ange ett namn (högst 200 tecken)")).toBeVisible();
  expect(await axeProblems(page, '[role="dialog"]')).toEqual([]);

  const name = `Beviljat per år och finansiär ${stamp}`;
  await dialog.getByLabel("Namn").fill(name);
  await dialog.getByLabel("Beskrivning").fill("En rad per år och finansiär");
  await dialog.getByRole("switch", { name: "Dela med alla inloggade" }).check();
  await dialog.getByRole("button", { name: "Spara" }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/\/explorer\/q\/[^/]+$/);
  const link = page.url();
  await expect(panel.getByTestId("saved-query-open")).toHaveText(`Öppen: ${name} · En rad per år och finansiär`);
  const item = panel.getByTestId("saved-query-list").getByRole("listitem").filter({ hasText: name });
  await expect(item.getByText("Delad", { exact: true })).toBeVisible();
  expect(await axeProblems(page, '[data-testid="saved-queries"]')).toEqual([]);

  // "Kopiera länk" puts the query's address on the clipboard.
  await panel.getByRole("button", { name: "Kopiera länk" }).click();
  await expect(panel.getByRole("button", { name: "Kopierat" })).toBeVisible();
  expect(await page.evaluate("navigator.clipboard.readText()")).toBe(link);

  // A private query beside it, which the colleague must not see.
  await openExample(page, "Bidrag som väntar på beslut");
  await expect(page).toHaveURL(/\/explorer$/);
  await panel.getByRole("button", { name: "Spara", exact: true }).click();
  await page.getByRole("dialog").getByLabel("Namn").fill(`Privat ${stamp}`);
  await page.getByRole("dialog").getByRole("button", { name: "Spara" }).click();
  await expect(page).toHaveURL(/\/explorer\/q\/[^/]+$/);
  const privateLink = page.url();
  await expect(
    panel
      .getByTestId("saved-query-list")
      .getByRole("listitem")
      .filter({ hasText: `Privat ${stamp}` }),
  ).toContainText("Privat");
  await page.screenshot({ path: "/tmp/savedq-analyst.png", fullPage: true });

  // The colleague (a statistician) opens the link: the query is in the editor, ready to run.
  const other = await browser.newContext({ baseURL, locale: "sv-SE" });
  const colleague = await other.newPage();
  await colleague.request.post("/graphql", {
    data: {
      query: "mutation ($input: LogInInput!) { logIn(input: $input) { id } }",
      variables: { input: { email: USERS.statistician.email, password: USERS.statistician.password } },
    },
  });
  await colleague.goto(link);
  const theirPanel = colleague.getByTestId("saved-queries");
  await expect(theirPanel.getByTestId("saved-query-open")).toContainText(`Öppen: ${name} · av ${USERS.analyst.name}`);
  await expect(colleague.getByTestId("explorer-editor").locator(".graphiql-query-editor")).toContainText("query GrantedPerYearPerFunder");
  // Not theirs: they may save it as their own, not change or delete it.
  await expect(theirPanel.getByRole("button", { name: "Spara som" })).toBeVisible();
  await expect(theirPanel.getByRole("button", { name: "Spara", exact: true })).toHaveCount(0);
  await expect(theirPanel.getByRole("button", { name: `Ta bort ${name}` })).toHaveCount(0);
  await expect(theirPanel.getByTestId("saved-query-list")).not.toContainText(`Privat ${stamp}`);

  await run(colleague);
  const table = colleague.getByTestId("explorer-table");
  for (const column of ["keys.YEAR.label", "keys.FUNDER.label", "amountGranted"])
    await expect(table.getByRole("columnheader", { name: `Sortera på ${column}`, exact: true })).toBeVisible();
  const rows = await table.locator("tbody tr").count();
  expect(rows).toBeGreaterThan(0);
  const downloaded = colleague.waitForEvent("download");
  await colleague.getByTestId("explorer-export").getByRole("button", { name: /Excel/ }).click();
  const file = await downloaded;
  expect(file.suggestedFilename()).toMatch(/^utforskaren-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const xlsx = readFileSync(await file.path());
  // An XLSX file is a zip archive: "PK" first, and more than an empty workbook.
  expect(xlsx.subarray(0, 2).toString()).toBe("PK");
  expect(xlsx.length).toBeGreaterThan(2000);
  await colleague.screenshot({ path: "/tmp/savedq-colleague.png", fullPage: true });

  // The analyst's private query does not open for them.
  await colleague.goto(privateLink);
  await expect(colleague.getByTestId("saved-query-error")).toHaveText("Du har inte behörighet till detta");
  await other.close();
});

test("in English on a phone: the panel is all English, fits, refuses bad GraphQL at save and a stale edit with the reason", async ({
  page,
  baseURL,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  await page.getByRole("button", { name: /Meny|Menu/ }).click();
  await page.getByText("English", { exact: true }).click();
  await page.goto("/explorer");
  const panel = page.getByTestId("saved-queries");
  await expect(panel.getByRole("heading", { name: "Saved queries" })).toBeVisible();

  // Text that does not parse as GraphQL is refused by the server with where it breaks.
  const editor = page.getByTestId("explorer-editor").locator(".graphiql-query-editor");
  // Click into the editor until it has the focus (Monaco may still be setting up, and a fixed point near its top
  // can lie above the visible lines once it has scrolled): else Ctrl+A would select the page.
  await expect(async () => {
    await editor.click();
    await expect(editor.locator(".monaco-editor.focused")).toBeVisible({ timeout: 1000 });
  }).toPass();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Backspace");
  await page.keyboard.type("query Broken { grants ) }");
  // GraphiQL tells of an edit a moment after it (and stores it a little later still).
  await expect.poll(() => page.evaluate("localStorage.getItem('graphiql:query')")).toContain("query Broken");
  await panel.getByRole("button", { name: "Save", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Save the query" });
  await expect(dialog.getByLabel("The query to be saved")).toContainText("query Broken");
  await dialog.getByLabel("Name").fill(`Broken ${stamp}`);
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog.getByRole("alert")).toHaveText(/^The query is not valid GraphQL \(line 1, column \d+\)$/);
  await dialog.getByRole("button", { name: "Cancel" }).click();

  // A query of the analyst's, changed elsewhere (another tab) after this page read it.
  const api = await apiAs(baseURL as string, "analyst");
  const gql = async (query: string, variables: Record<string, unknown>) =>
    (await (await api.post("/graphql", { data: { query, variables } })).json()).data;
  const input = { name: `Per year ${stamp}`, query: "query PerYear { grantSummary { byYear { year amountGranted } } }", shared: false };
  const created = (await gql("mutation ($input: SavedQueryInput!) { createSavedQuery(input: $input) { id } }", { input })).createSavedQuery;
  await page.goto(`/explorer/q/${created.id}`);
  await expect(panel.getByTestId("saved-query-open")).toHaveText(`Open: Per year ${stamp}`);
  await expect(page.getByTestId("explorer-editor").locator(".graphiql-query-editor")).toContainText("query PerYear");
  await gql("mutation ($id: ID!, $input: SavedQueryInput!) { updateSavedQuery(id: $id, input: $input) { version } }", {
    id: created.id,
    input: { ...input, description: "Changed in another tab" },
  });
  await panel.getByRole("button", { name: "Save", exact: true }).click();
  const edit = page.getByRole("dialog", { name: "Save changes to the query" });
  await expect(edit.getByLabel("Name")).toHaveValue(`Per year ${stamp}`);
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(edit.getByRole("alert")).toHaveText(
    "Changed by someone else since you opened it (version 2, you had 1). Reload and make the change again.",
  );
  await page.screenshot({ path: "/tmp/savedq-phone-en.png", fullPage: true });
  expect(await swedishOn(page)).toEqual([]);
  await edit.getByRole("button", { name: "Cancel" }).click();

  // The owner deletes it from the list: refused while the list shows the old version, then done with the new one.
  await panel.getByRole("button", { name: `Delete Per year ${stamp}` }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Changed by someone else since you opened it" })).toBeVisible();
  await expect(page).toHaveURL(/\/explorer\/q\//);
  await expect(
    panel
      .getByTestId("saved-query-list")
      .getByRole("listitem")
      .filter({ hasText: `Per year ${stamp}` }),
  ).toContainText("Changed in another tab");
  await panel.getByRole("button", { name: `Delete Per year ${stamp}` }).click();
  await expect(page).toHaveURL(/\/explorer$/);
  await expect(panel.getByTestId("saved-query-list").getByText(`Per year ${stamp}`)).toHaveCount(0);
  expect(await swedishOn(page)).toEqual([]);
  const width = (await page.evaluate("document.documentElement.scrollWidth")) as number;
  expect(width).toBeLessThanOrEqual(390);
  await api.dispose();
});
