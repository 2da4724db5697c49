import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";

// Issue 12: every list prints as a clean page — its title, the selection in words, every row, the
// date — without the menu, the header or any button. An analyst prints; nothing is changed.
test.use({ as: "analyst" });

// The browser's print dialog is not opened in a test: the page's call is counted instead.
test.beforeEach(async ({ page }) => {
  await page.addInitScript("window.print = () => { window.__printed = (window.__printed || 0) + 1; };");
});

/** Prints through a list's export group and answers the sheet, shown as paper shows it. */
async function print(page: Page, group: string, button: "Skriv ut" | "Print") {
  await page.getByTestId(group).getByRole("button", { name: button }).click();
  await expect.poll(() => page.evaluate("window.__printed")).toBe(1);
  await page.emulateMedia({ media: "print" });
  const sheet = page.getByTestId("print-sheet");
  await expect(sheet).toBeVisible();
  return sheet;
}

/** Paper shows nothing of the app: no menu, header or buttons. */
async function expectOnlyTheSheet(page: Page) {
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("navigation").first()).toBeHidden();
  await expect(page.getByRole("button")).toHaveCount(0);
}

async function csvRows(page: Page, group: string) {
  const downloaded = page.waitForEvent("download");
  await page.getByTestId(group).getByRole("button", { name: "CSV" }).click();
  const text = readFileSync(await (await downloaded).path(), "utf8");
  return (
    text
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n").length - 1
  );
}

test("the grant list prints every matching grant with its filter in words, and nothing else", async ({ page, grantsPage }) => {
  await grantsPage.open();
  await grantsPage.filterByFunder("Länsstyrelsen i Stockholms län");
  await expect(grantsPage.rows).toHaveCount(5);
  const sheet = await print(page, "grants-export", "Skriv ut");
  await expect(sheet.getByRole("heading", { level: 1 })).toHaveText("Bidrag");
  await expect(sheet).toContainText("Urval: Finansiär: Länsstyrelsen i Stockholms län");
  await expect(sheet.locator("tbody tr")).toHaveCount(5);
  await expect(sheet.locator("thead th").first()).toHaveText("Rubrik");
  await expect(sheet).toContainText("Stöd till RFHL Stockholms projekt Q-jouren");
  await expect(sheet).toContainText("2\u00a0200\u00a0000\u00a0kr");
  await expect(sheet).toContainText(/Rader: 5 · Utskrivet \d{1,2} [a-zé]+\.? \d{4} \d{2}:\d{2}/);
  await expectOnlyTheSheet(page);
  // All fifteen columns fit across an A4 landscape page (297 mm less 2 × 12 mm margins, at 96 px an inch).
  await page.setViewportSize({ width: 1032, height: 800 });
  expect(await page.evaluate("document.querySelector('.print-sheet table').scrollWidth")).toBeLessThanOrEqual(1032);
  await page.screenshot({ path: "test-results/print-grants.png", fullPage: true });
});

test("the unfiltered list prints every grant the file holds, as many as its total says", async ({ page, grantsPage }) => {
  await grantsPage.open();
  const all = await csvRows(page, "grants-export");
  await expect(grantsPage.total("count")).toContainText(String(all));
  const sheet = await print(page, "grants-export", "Skriv ut");
  await expect(sheet).toContainText("Urval: alla");
  await expect(sheet.locator("tbody tr")).toHaveCount(all);
});

test("the statistics print in English, with their protected counts as on screen", async ({ page }) => {
  await page.goto("/statistics");
  await page.getByText("English", { exact: true }).click();
  await expect(page.getByTestId("indicators")).toBeVisible();
  const rows = await csvRows(page, "statistics-export");
  const sheet = await print(page, "statistics-export", "Print");
  await expect(sheet.getByRole("heading", { level: 1 })).toHaveText("Statistics");
  await expect(sheet).toContainText("Selection: all");
  await expect(sheet.locator("thead th").first()).toHaveText("Indicator");
  await expect(sheet.locator("tbody tr")).toHaveCount(rows);
  await expect(sheet.locator("tbody tr", { hasText: "Kvinnor som kontaktat jouren via telefon eller mejl" }).first()).toBeVisible();
  await expect(sheet).toContainText(new RegExp(`Rows: ${rows} · Printed \\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2}`));
  await expectOnlyTheSheet(page);
  await page.screenshot({ path: "test-results/print-statistics.png", fullPage: true });
});

test("the programmes download and print what the page shows", async ({ page }) => {
  await page.goto("/programmes");
  const cards = page.getByTestId("programme");
  await expect(cards.first()).toBeVisible();
  // One row per programme and year: as many as the page's tables hold.
  const years = await cards.locator("tbody tr").count();
  expect(await csvRows(page, "programmes-export")).toBe(years);
  const firstName = (await cards.first().getByRole("heading").textContent()) ?? "";
  const sheet = await print(page, "programmes-export", "Skriv ut");
  await expect(sheet.getByRole("heading", { level: 1 })).toHaveText("Program");
  await expect(sheet.locator("tbody tr")).toHaveCount(years);
  await expect(sheet.locator("tbody tr").first()).toContainText(firstName);
  await expectOnlyTheSheet(page);
});

test("on a phone the lists' export buttons fit the page", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const [path, group] of [
    ["/grants", "grants-export"],
    ["/programmes", "programmes-export"],
    ["/statistics", "statistics-export"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByTestId(group).getByRole("button", { name: "Skriv ut" })).toBeVisible();
    expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);
  }
  await page.screenshot({ path: "test-results/print-phone-statistics.png" });
});
