import { expect, type Page } from "@playwright/test";

/** The pages each kind of user works on. */
export const PAGES = [
  "/attention",
  "/grants",
  "/grants/new",
  "/programmes",
  "/projects",
  "/financing?year=2010",
  "/partners",
  "/evaluations",
  "/statistics",
  "/changes",
  "/documents",
  "/explorer",
  "/account",
  "/admin/users",
  "/admin/open-data",
];

/** The detail pages, one click away from a list: [list, the first link to follow]. */
const FIRST_LINK: [string, string][] = [
  // The table on a desktop, the cards on a phone.
  ["/grants", '[data-testid="grants-table"] a:visible, [data-testid="grant-cards"] a:visible'],
  ["/projects", '[data-testid="projects"] a'],
  ["/financing?year=2010", '[data-testid="portfolio"] a'],
  ["/partners", '[data-testid="organisations"] a'],
  ["/evaluations", '[data-testid="evaluations"] a'],
  ["/documents", 'main a[href^="/documents/"]'],
];

/**
 * Visits every page (and, with `details`, the first record of each list) and runs `check` on each
 * once its data has arrived (no loader left).
 */
export async function visitEveryPage(page: Page, check: (where: string) => Promise<void>, { details = true } = {}) {
  const settled = async () => {
    await expect(page.locator("main h1").first()).toBeVisible();
    await expect(page.locator(".mantine-Loader-root")).toHaveCount(0);
  };
  for (const path of PAGES) {
    await page.goto(path);
    await settled();
    await check(path);
  }
  for (const [path, link] of details ? FIRST_LINK : []) {
    await page.goto(path);
    await page.locator(link).first().click();
    await settled();
    await check(page.url());
  }
}
