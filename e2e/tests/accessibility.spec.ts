import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { visitEveryPage } from "../pages/every-page";

/** WCAG 2.1 A and AA as axe checks them: contrast, names of controls, table headers, landmarks. */
async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  // Each violation with up to three places and, for contrast, the colours axe measured.
  const where = (n: (typeof result.violations)[number]["nodes"][number]) =>
    `${n.target.join(" ")}${n.failureSummary?.match(/contrast of [^\n]+/)?.[0] ? ` — ${n.failureSummary?.match(/contrast of [^\n]+/)?.[0]}` : ""}`;
  return result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 3).map(where).join(" | ")}`);
}

for (const locale of ["sv", "en"] as const) {
  test(`every page meets WCAG 2.1 AA as axe checks it (${locale})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto("/");
    if (locale === "en") await page.getByText("English", { exact: true }).click();
    const found: Record<string, string[]> = {};
    // The detail pages once, in Swedish: their colours and structure do not change with the language.
    await visitEveryPage(
      page,
      async (where) => {
        const v = await violations(page);
        if (v.length) found[where] = v;
      },
      { details: locale === "sv" },
    );
    expect(found).toEqual({});
  });
}

test("a skip link leads past the menu to the page's content", async ({ page }) => {
  await page.goto("/grants");
  await expect(page.locator("main h1").first()).toBeVisible();
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Till innehållet" });
  await expect(skip).toBeFocused();
  await skip.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});
