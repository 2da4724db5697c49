import { expect, test } from "../fixtures";

test("a skip link leads past the menu to the page's content", async ({ page }) => {
  await page.goto("/grants");
  await expect(page.locator("main h1").first()).toBeVisible();
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Till innehållet" });
  await expect(skip).toBeFocused();
  await skip.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});
