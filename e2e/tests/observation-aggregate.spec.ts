import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";

// An analyst sums indicator values per year and breakdown in the explorer (observationAggregate); nothing is changed.
test.use({ as: "analyst" });

type Group = { key: { indicator: { name: string }; year: number | null; breakdown: string | null }; count: number; sum: string | null };

/** What the API answers the analyst for the example's grouping, to compare the table with. */
async function groups(page: Page): Promise<{ totalCount: number; groups: Group[] }> {
  const res = await page.request.post("/graphql", {
    data: {
      query: `{ observationAggregate(groupBy: [INDICATOR, YEAR, BREAKDOWN], first: 200) {
        totalCount edges { node { key { indicator { name } year breakdown } count sum } } } }`,
    },
  });
  const body = await res.json();
  expect(body.errors).toBeUndefined();
  const a = body.data.observationAggregate;
  return { totalCount: a.totalCount, groups: a.edges.map((e: { node: Group }) => e.node) };
}

async function runExample(page: Page, title: string) {
  await page.getByTestId("explorer-examples").getByRole("button", { name: title }).click();
  const editor = page.getByTestId("explorer-editor");
  await expect(editor.locator(".graphiql-query-editor")).toContainText("query IndicatorValuesByBreakdown");
  await editor.getByRole("button", { name: /Execute query/ }).click();
  return page.getByTestId("explorer-table");
}

test("the example sums indicator values per year and breakdown, as the API does", async ({ page }) => {
  const api = await groups(page);
  expect(api.totalCount).toBeGreaterThan(0);
  await page.goto("/");
  await page.getByRole("navigation").getByRole("link", { name: "Utforskaren (GraphQL)" }).click();
  const table = await runExample(page, "Indikatorvärden över tid per uppdelning");
  for (const column of ["key.indicator.name", "key.year", "key.breakdown", "count", "sum", "protected"]) {
    await expect(table.getByRole("columnheader", { name: `Sortera på ${column}`, exact: true })).toBeVisible();
  }
  await expect(table.locator("tbody tr")).toHaveCount(api.totalCount);
  // The first group in the table is the API's first: its indicator, its year and its sum.
  const first = api.groups[0];
  const cells = table.locator("tbody tr").first().locator("td");
  await expect(cells.first()).toHaveText(first.key.indicator.name);
  await expect(table.locator("tbody")).toContainText(first.sum ?? "");
  await page.screenshot({ path: "/tmp/obsagg-explorer-desktop.png", fullPage: true });
});

test("the example in English on a phone: the table fits the page", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.addInitScript(() => localStorage.setItem("bk.locale", "en"));
  await page.goto("/explorer");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const table = await runExample(page, "Indicator values over time by breakdown");
  await expect(table.locator("tbody tr").first()).toBeVisible();
  const width = (await page.evaluate("document.documentElement.scrollWidth")) as number;
  expect(width).toBeLessThanOrEqual(390);
  await page.screenshot({ path: "/tmp/obsagg-explorer-phone.png", fullPage: true });
});
