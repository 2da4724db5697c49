import type { Page } from "@playwright/test";
import { expect, shot, test } from "../fixtures";

// Issue 12: every page works on a 390 px phone — no sideways scrolling of the whole page.
test.use({ viewport: { width: 390, height: 844 } });

/** The pages reached by address, named for their screenshot. */
const PAGES: [string, string][] = [
  ["attention", "/attention"],
  ["grants", "/grants"],
  ["grant-new", "/grants/new"],
  ["programmes", "/programmes"],
  ["projects", "/projects"],
  ["financing", "/financing?year=2010"],
  ["partners", "/partners"],
  ["evaluations", "/evaluations"],
  ["statistics", "/statistics"],
  ["documents", "/documents"],
  ["account", "/account"],
];
/** The detail pages, one click from a list: [screenshot name, list, link]. */
const DETAILS: [string, string, string][] = [
  ["grant", "/grants?q=Q-jouren", 'main a:has-text("Stöd till RFHL Stockholms projekt Q-jouren")'],
  ["project", "/projects", 'main a:has-text("Relationsvåldscentrum")'],
  ["project-financing", "/financing?year=2010", '[data-testid="portfolio"] a:has-text("Relationsvåldscentrum")'],
  ["organisation", "/partners", '[data-testid="organisations"] a'],
  ["evaluation", "/evaluations", '[data-testid="evaluations"] a'],
  ["document", "/documents", 'main a[href^="/documents/"]'],
];

/** The page's full width once it has its data; records it when it is wider than the phone. */
async function measure(page: Page, name: string, wide: Record<string, number>) {
  await expect(page.locator("main h1").first()).toBeVisible();
  await expect(page.locator(".mantine-Loader-root")).toHaveCount(0);
  const width = () => page.evaluate("document.documentElement.scrollWidth") as Promise<number>;
  // Once the layout has settled; a page still too wide after that is recorded with its width.
  await expect
    .poll(width, { timeout: 3_000 })
    .toBeLessThanOrEqual(390)
    .catch(() => undefined);
  const w = await width();
  if (w > 390) wide[name] = w;
  await page.screenshot(shot(`phone-${name}`));
}

test("every page fits a 390 px phone without sideways scrolling", async ({ page }) => {
  test.setTimeout(180_000);
  const wide: Record<string, number> = {};
  for (const [name, path] of PAGES) {
    await page.goto(path);
    await measure(page, name, wide);
  }
  for (const [name, list, link] of DETAILS) {
    await page.goto(list);
    const heading = page.locator("main h1").first();
    const listTitle = (await heading.textContent()) ?? "";
    await page.locator(link).first().click();
    // The detail page, not the list it came from, once it has its data.
    await expect(heading).not.toHaveText(listTitle);
    await measure(page, name, wide);
  }
  expect(wide).toEqual({});
});

test("the grant list shows each grant's title, status and amounts without scrolling", async ({ page }) => {
  await page.goto("/grants");
  const row = page.getByTestId("grant-cards").locator("[data-testid=grant-card]").first();
  await expect(row).toBeVisible();
  for (const part of ["title", "status", "amount"]) {
    const box = await row.getByTestId(part).first().boundingBox();
    expect(box, part).not.toBeNull();
    expect((box?.x ?? 0) + (box?.width ?? 0), part).toBeLessThanOrEqual(390);
  }
});

test("on a phone a grant's actions and key figures come before its audit trail", async ({ page }) => {
  await page.goto("/grants?q=Q-jouren");
  await page.locator('main a:has-text("Stöd till RFHL Stockholms projekt Q-jouren")').first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Stöd till RFHL Stockholms projekt Q-jouren" })).toBeVisible();
  const top = async (id: string) => (await page.getByTestId(id).first().boundingBox())?.y ?? Number.NaN;
  expect(await top("actions")).toBeLessThan(await top("audit"));
});
