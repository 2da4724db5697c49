import { expect, shot, test } from "../fixtures";

// The project lead's view of one project: everything that belongs to it, one click from the menu.
test.use({ as: "analyst" });

const kr = (digits: string) => `${digits.replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0")}\u00a0kr`;

test("Projekt: every project, and Relationsvåldscentrum with its financing, grants, partners and dates", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation").getByRole("link", { name: "Projekt", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Projekt" })).toBeVisible();
  const list = page.getByTestId("projects");
  await expect(list.getByRole("row").filter({ hasText: "Relationsvåldscentrum" })).toBeVisible();
  const all = await list.locator("tbody tr").count();
  expect(all).toBeGreaterThan(1);

  // Search ignores case and diacritics, and lives in the address.
  await page.getByLabel("Sök projekt").fill("relationsvald");
  await expect(list.locator("tbody tr")).toHaveCount(1);
  await expect(page).toHaveURL(/q=relationsvald/);
  await list.getByRole("link", { name: "Relationsvåldscentrum" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Relationsvåldscentrum" })).toBeVisible();
  // The financing opens on the project's next unfinanced year (2010, its last), with its gap and who could
  // close it: each partner who paid before links to its page (no programme runs in 2010 in the papers).
  const financing = page.getByTestId("project-financing");
  await expect(financing.getByTestId("summary-2010").getByTestId("gap")).toHaveText(kr("400000"));
  await financing.getByTestId("possible-sources").getByRole("button", { name: "Visa alla 7" }).click();
  await expect(financing.getByTestId("possible-sources")).toContainText("Solna stad");
  await expect(financing.getByTestId("possible-sources").getByRole("link", { name: "Solna stad" })).toHaveAttribute(
    "href",
    /^\/partners\//,
  );
  await expect(financing.getByTestId("possible-sources-programmes")).toHaveCount(0);
  await expect(page.getByTestId("project-grants")).toContainText("Projektmedel för implementeringsår 2010");
  await expect(page.getByTestId("project-partners")).toContainText("Hässelby-Vällingby stadsdelsnämnd");
  await page.screenshot(shot("project-hub-rvc"));

  // Each card leads on: to the grant, and to the full financing page.
  await page
    .getByTestId("project-grants")
    .getByRole("link", { name: /Projektmedel för implementeringsår 2010/ })
    .click();
  await expect(page).toHaveURL(/\/grants\//);
  await page.goBack();
  await page.getByRole("link", { name: /Öppna finansieringen/ }).click();
  await expect(page).toHaveURL(/\/financing\/.*year=2010/);
  await expect(page.getByTestId("summary-2010")).toBeVisible();
  // …and back: the financing page, a grant's project card and an organisation's roles lead to the hub.
  await page.getByRole("link", { name: "Allt om projektet" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Relationsvåldscentrum" })).toBeVisible();
  await expect(page).toHaveURL(/\/projects\//);
  await page.goForward();

  // On a phone the hub has no horizontal page scroll.
  await page.goBack();
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole("heading", { level: 1, name: "Relationsvåldscentrum" })).toBeVisible();
  // Once the layout has settled to the new width.
  await expect.poll(() => page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);
  await page.screenshot(shot("project-hub-phone"));

  // In English the hub speaks English.
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/projects");
  await page.getByText("English", { exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Projects" })).toBeVisible();
});
