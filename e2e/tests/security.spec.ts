import { expect, test } from "../fixtures";

const PAGES = ["/", "/attention", "/grants", "/financing", "/programmes", "/partners", "/evaluations", "/statistics", "/documents"];

test("every page runs under the strict Content-Security-Policy without a single violation", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  page.on("pageerror", (e) => violations.push(e.message));
  const first = await page.goto("/");
  const csp = first?.headers()["content-security-policy"] ?? "";
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  for (const url of PAGES) {
    await page.goto(url);
    await expect(page.getByRole("navigation").first()).toBeVisible();
    await page.waitForLoadState("networkidle");
  }
  // The explorer: GraphiQL's Monaco editor with its workers (bundled, served from 'self'), a query run.
  await page.goto("/explorer");
  await page.getByTestId("explorer-examples").getByRole("button", { name: "Vilka organisationer medfinansierar flest projekt" }).click();
  await expect(page.locator(".graphiql-query-editor .monaco-editor")).toBeVisible();
  await page.getByRole("button", { name: /Execute query/ }).click();
  await expect(page.getByTestId("explorer-table").locator("tbody tr").first()).toBeVisible();
  // A grant's page, with its charts and timeline.
  await page.goto("/grants");
  await page.getByRole("link", { name: "Stöd till RFHL Stockholms projekt Q-jouren" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(violations).toEqual([]);
});
