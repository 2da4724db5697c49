import { expect, test } from "../fixtures";

// Issue 12: every page works on a 390 px phone — no sideways scrolling of the whole page.
test.use({ viewport: { width: 390, height: 844 } });

// The whole walk (every page fits 390 px, in both languages) is every-page.spec.ts; these are the phone's own layouts.

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

test("a table wider than the phone scrolls inside its box, which the keyboard reaches and scrolls", async ({ page }) => {
  await page.goto("/partners");
  const table = page.getByTestId("organisations");
  await expect(table.locator("tbody tr").first()).toBeVisible();
  // The box around the table is a named region while it scrolls.
  const region = page.getByRole("region", { name: "Katalog (rullbar tabell)" });
  await expect(region).toHaveAttribute("tabindex", "0");
  expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  // Tab from the last control before the table (the kind filter) lands on the box; the arrow keys scroll it.
  await page.getByRole("combobox", { name: "Typ" }).focus();
  await page.keyboard.press("Tab");
  await expect(region).toBeFocused();
  await page.screenshot({ path: "screenshots/phone-table-region-focused.png" });
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  // The page itself does not scroll sideways.
  expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);
});

test("at the desktop size the same table fits and is no extra tab stop", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/partners");
  await expect(page.getByTestId("organisations").locator("tbody tr").first()).toBeVisible();
  await expect(page.getByRole("region", { name: /Katalog/ })).toHaveCount(0);
  await expect(page.locator(".scroll-table[tabindex]")).toHaveCount(0);
});

test("a select's long option name breaks inside its list instead of running past its edge", async ({ page }) => {
  await page.goto("/grants");
  await page.getByRole("combobox", { name: "Finansiär" }).click();
  const option = page.getByRole("option", { name: "Socialtjänst- och arbetsmarknadsnämnden" });
  await expect(option).toBeVisible();
  const list = await page.getByRole("listbox").boundingBox();
  const box = await option.boundingBox();
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual((list?.x ?? 0) + (list?.width ?? 0) + 1);
  expect(await option.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
});
