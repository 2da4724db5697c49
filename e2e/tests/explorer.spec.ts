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
  await expect(table.getByRole("columnheader", { name: "Sortera på name", exact: true })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "Sortera på contributions.project.name", exact: true })).toBeVisible();
  const firstName = (await table.locator("tbody tr").first().locator("td").first().textContent()) ?? "";
  expect(firstName).not.toBe("");
  const shown = await table.locator("tbody tr").count();
  expect(shown).toBeGreaterThan(0);
  await page.screenshot({ path: "/tmp/explorer-e2e.png", fullPage: true });

  // Sorting by a header puts the names in descending order on the second click.
  await table.getByRole("button", { name: "Sortera på name", exact: true }).click();
  await table.getByRole("button", { name: "Sortera på name", exact: true }).click();
  await expect(table.getByRole("columnheader", { name: "Sortera på name", exact: true })).toHaveAttribute("aria-sort", "descending");

  const downloaded = page.waitForEvent("download");
  await page.getByTestId("explorer-export").getByRole("button", { name: "CSV" }).click();
  const file = await downloaded;
  expect(file.suggestedFilename()).toMatch(/^utforskaren-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = readFileSync(await file.path(), "utf8")
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  expect(lines[0]).toBe("name;kind;contributions.year;contributions.kind;contributions.amount;contributions.project.name");
  expect(lines.length).toBe(1 + shown);
  expect(lines.some((line) => line.startsWith(`${firstName};`))).toBe(true);
});
