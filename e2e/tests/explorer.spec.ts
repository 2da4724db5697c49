import { readFileSync } from "node:fs";
import { expect, test } from "../fixtures";

// An analyst queries the API in the explorer; nothing is changed.
test.use({ as: "analyst" });

test("the explorer opens from the menu, runs an example and downloads its table as CSV", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation").getByRole("link", { name: "Utforskaren (GraphQL)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Utforskaren (GraphQL)" })).toBeVisible();
  await expect(page.getByTestId("explorer-scripts")).toContainText("Authorization: Bearer <token>");

  await page.getByTestId("explorer-examples").getByRole("button", { name: "Vilka organisationer medfinansierar flest projekt" }).click();
  const editor = page.getByTestId("explorer-editor");
  await expect(editor.locator(".graphiql-query-editor")).toContainText("query CoFinancers");
  await editor.getByRole("button", { name: /Execute query/ }).click();

  const table = page.getByTestId("explorer-table");
  await expect(table.getByRole("columnheader", { name: "Sortera på keys.ORGANISATION.label", exact: true })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "Sortera på projectCount", exact: true })).toBeVisible();
  const firstName = (await table.locator("tbody tr").first().locator("td").first().textContent()) ?? "";
  expect(firstName).not.toBe("");
  const shown = await table.locator("tbody tr").count();
  expect(shown).toBeGreaterThan(0);
  await page.screenshot({ path: "/tmp/explorer-e2e.png", fullPage: true });

  // The API sorted the organisations by how many projects they co-finance, most first.
  const projectCounts = (await table.locator("tbody tr td:nth-child(2)").allTextContents()).map(Number);
  expect(projectCounts.every((n) => n >= 1)).toBe(true);
  expect(projectCounts).toEqual([...projectCounts].sort((a, b) => b - a));

  // Sorting by a header puts the names in descending order on the second click.
  const nameHeader = { name: "Sortera på keys.ORGANISATION.label", exact: true };
  await table.getByRole("button", nameHeader).click();
  await table.getByRole("button", nameHeader).click();
  await expect(table.getByRole("columnheader", nameHeader)).toHaveAttribute("aria-sort", "descending");

  const downloaded = page.waitForEvent("download");
  await page.getByTestId("explorer-export").getByRole("button", { name: "CSV" }).click();
  const file = await downloaded;
  expect(file.suggestedFilename()).toMatch(/^utforskaren-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = readFileSync(await file.path(), "utf8")
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  expect(lines[0]).toBe("keys.ORGANISATION.label;projectCount;count;cashAmount;inKindAmount");
  expect(lines.length).toBe(1 + shown);
  expect(lines.some((line) => line.startsWith(`${firstName};`))).toBe(true);

  // The result as it came, as JSON, beside the table's files; the decimal comma is an option of the CSV.
  await expect(page.getByTestId("explorer-export").getByRole("checkbox", { name: "Decimalkomma i CSV" })).toBeChecked();
  const json = page.waitForEvent("download");
  await page.getByTestId("explorer-export").getByRole("button", { name: "JSON" }).click();
  const jsonFile = await json;
  expect(jsonFile.suggestedFilename()).toMatch(/^utforskaren-\d{4}-\d{2}-\d{2}\.json$/);
  const result = JSON.parse(readFileSync(await jsonFile.path(), "utf8")) as { contributionAggregate: { edges: unknown[] } };
  expect(result.contributionAggregate.edges.length).toBe(shown);
});

test("every example query runs and answers without an error", async ({ page }) => {
  await page.goto("/explorer");
  const buttons = page.getByTestId("explorer-examples").getByRole("button");
  await expect(buttons.first()).toBeVisible();
  const names = await buttons.allTextContents();
  expect(names.length).toBeGreaterThanOrEqual(7);
  const editor = page.getByTestId("explorer-editor");
  for (const name of names) {
    await page.getByTestId("explorer-examples").getByRole("button", { name, exact: true }).click();
    // The example's own answer: not GraphiQL's schema question (IntrospectionQuery), which may still be on
    // its way when the first example runs on a busy machine.
    const answered = page.waitForResponse((r) => {
      const body = r.request().postData() ?? "";
      return (
        r.url().endsWith("/graphql") && r.request().method() === "POST" && /query [A-Z]/.test(body) && !body.includes("IntrospectionQuery")
      );
    });
    await editor.getByRole("button", { name: /Execute query/ }).click();
    const body = (await (await answered).json()) as { data?: unknown; errors?: unknown };
    expect(body.errors, name).toBeUndefined();
    expect(body.data, name).toBeTruthy();
    await expect(page.getByTestId("explorer-table").locator("tbody tr").first(), name).toBeVisible();
  }
});

test.describe("on a phone, in English", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("'total granted per year per funder' is one query with a two-dimensional group: a row per year and funder", async ({ page }) => {
    await page.goto("/");
    // On a phone the language switch and the pages sit in the menu.
    await page.getByRole("button", { name: /Meny|Menu/ }).click();
    await page.getByText("English", { exact: true }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByRole("navigation").getByRole("link", { name: "Explorer (GraphQL)" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Explorer (GraphQL)" })).toBeVisible();
    await page.getByTestId("explorer-examples").getByRole("button", { name: "Total granted per year and funder" }).click();
    const editor = page.getByTestId("explorer-editor");
    await expect(editor.locator(".graphiql-query-editor")).toContainText("groupBy: [YEAR, FUNDER]");
    await editor.getByRole("button", { name: /Execute query/ }).click();

    const table = page.getByTestId("explorer-table");
    for (const column of ["keys.YEAR.label", "keys.FUNDER.label", "count", "amountGranted"])
      await expect(table.getByRole("columnheader", { name: `Sort by ${column}`, exact: true })).toBeVisible();
    await expect(table.locator("tbody tr").first()).toBeVisible();
    const yearColumn = await table.locator("tbody tr td:nth-child(1)").allTextContents();
    const funderColumn = await table.locator("tbody tr td:nth-child(2)").allTextContents();
    const rows = yearColumn.map((year, i) => [year, funderColumn[i]]);
    // One row per (year, funder): no pair twice, several years, a funder in more than one year.
    const pairs = rows.map(([year, funder]) => `${year}|${funder}`);
    expect(new Set(pairs).size).toBe(rows.length);
    const years = new Set(rows.map(([year]) => year));
    const funders = new Set(rows.map(([, funder]) => funder));
    expect(years.size).toBeGreaterThan(1);
    expect(funders.size).toBeLessThan(rows.length);
    // The example asks for the labels in the interface's language: grants without a year in English.
    expect(yearColumn).toContain("Unknown year");
    expect(yearColumn).not.toContain("Okänt år");
    // Newest year first, as the query's orderBy asks.
    const numeric = rows.map(([year]) => Number(year)).filter((y) => !Number.isNaN(y));
    expect(numeric).toEqual([...numeric].sort((a, b) => b - a));

    const overflow = await page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: "/tmp/aggregates-explorer-phone-en.png", fullPage: true });
  });
});
