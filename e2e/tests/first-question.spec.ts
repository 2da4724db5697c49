import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";

// A page opened by its address (a bookmark, a reload, a link in an e-mail) asks its first question
// while its code still downloads, and shows that answer: the question is asked once, not again
// when the page appears. What the page asks later (a filter, the next page) goes to the server.
test.use({ as: "officer" });

/** The GraphQL operations `page` asks while `act` runs, by name. */
async function operationsDuring(page: Page, act: () => Promise<void>): Promise<string[]> {
  const asked: string[] = [];
  const listen = (request: import("@playwright/test").Request) => {
    if (request.method() === "POST" && request.url().endsWith("/graphql")) asked.push(request.postDataJSON()?.operationName);
  };
  page.on("request", listen);
  try {
    await act();
    await page.waitForLoadState("networkidle");
  } finally {
    page.off("request", listen);
  }
  return asked;
}

const count = (asked: string[], name: string) => asked.filter((n) => n === name).length;

test("the start page, the grant list and a grant each ask their question once when opened by address", async ({ page, grantsPage }) => {
  const start = await operationsDuring(page, async () => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/attention$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });
  expect(count(start, "Attention")).toBe(1);

  const list = await operationsDuring(page, async () => {
    await page.goto("/grants?sort=title");
    await expect(grantsPage.rows.first()).toBeVisible();
  });
  expect(count(list, "GrantsList")).toBe(1);

  // A later question of the same page goes to the server: a filter.
  const filtered = await operationsDuring(page, async () => {
    await grantsPage.filterByFunder("Länsstyrelsen i Stockholms län");
    await expect(grantsPage.rows).toHaveCount(5);
  });
  expect(count(filtered, "GrantsList")).toBe(1);

  const title = "Stöd till RFHL Stockholms projekt Q-jouren";
  const href = await grantsPage.table.getByRole("link", { name: title }).getAttribute("href");
  const detail = await operationsDuring(page, async () => {
    await page.goto(href as string);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  });
  expect(count(detail, "GrantDetail")).toBe(1);
});
