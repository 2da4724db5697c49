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
