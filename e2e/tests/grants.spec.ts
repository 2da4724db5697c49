import { expect, shot, test } from "../fixtures";

// An analyst reads every grant and changes nothing.
test.use({ as: "analyst" });

const Q_JOUREN = "Stöd till RFHL Stockholms projekt Q-jouren";
const NBSP = "\u00a0";

test("filter grants by Länsstyrelsen, open Q-jouren, follow the source, switch to English", async ({ page, grantsPage, grantPage }) => {
  await grantsPage.open();
  await expect(grantsPage.rows).toHaveCount(8);
  await expect(grantsPage.total("count")).toContainText("8");

  await grantsPage.filterByFunder("Länsstyrelsen i Stockholms län");
  await expect(page).toHaveURL(/funder=/);
  await expect(grantsPage.rows).toHaveCount(5);
  await expect(grantsPage.total("count")).toContainText("5");
  await expect(grantsPage.total("granted")).toContainText(`2${NBSP}700${NBSP}000${NBSP}kr`);
  await expect(grantsPage.total("applied")).toContainText(`1${NBSP}916${NBSP}210${NBSP}kr`);
  await page.screenshot(shot("grants-filtered"));

  await grantsPage.openGrant(Q_JOUREN);
  await expect(grantPage.amountGranted).toContainText(`2${NBSP}200${NBSP}000${NBSP}kr`);
  await expect(page.getByTestId("decision-date")).toContainText("oktober 2008");
  await expect(grantPage.conditions.getByTestId("condition-due")).toHaveText("2009-03-01");
  await expect(grantPage.conditions).toContainText("trygga en framtida finansiering");
  await expect(page.getByText("704-07-89225", { exact: true })).toBeVisible();
  await expect(grantPage.source).toContainText("Verksamhetsetablering av Q-jouren");
  await expect(grantPage.source).toContainText("6.0-0203/2009");
  await expect(grantPage.partners).toContainText("RFHL Stockholm");
  await page.screenshot(shot("grant-q-jouren-sv"));

  await grantPage.switchLanguage("English");
  await expect(page.getByRole("heading", { name: "Details" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Conditions" })).toBeVisible();
  await expect(page.getByText("Blocks payment")).toBeVisible();
  await expect(page.getByTestId("decision-date")).toHaveText(/October 2008/);
  await expect(grantPage.amountGranted).toContainText(`2${NBSP}200${NBSP}000${NBSP}kr`);
  await expect(page.getByRole("link", { name: "Grants", exact: true })).toBeVisible();
  await page.screenshot(shot("grant-q-jouren-en"));

  await page.getByRole("link", { name: "Open the source document" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Verksamhetsetablering av Q-jouren" })).toBeVisible();
  const highlighted = page.locator("[data-highlighted]");
  await expect(highlighted).toContainText("2 200 000 kr");
  await expect(page.getByText("Linn Ljunglöf, 08-508 25 077")).toBeVisible();
  await page.screenshot(shot("source-document-en"));

  await page.reload();
  await expect(page.getByRole("heading", { name: "Passages the data was taken from" })).toBeVisible();
});

test("shows a clear message for an invalid amount and an empty result", async ({ page, grantsPage }) => {
  await grantsPage.open();
  await page.getByTestId("amount-min").fill("två miljoner");
  await expect(page.getByText("Ange ett belopp i kronor")).toBeVisible();
  await expect(grantsPage.rows).toHaveCount(8);
  await page.getByTestId("amount-min").fill("5 000 000");
  await expect(page.getByText("Inga bidrag matchar filtret.")).toBeVisible();
  await expect(grantsPage.total("count")).toContainText("0");
});

test("the explorer is built: GraphiQL with the example queries, not a placeholder", async ({ page }) => {
  await page.goto("/explorer");
  await expect(page.getByRole("heading", { name: "Utforskaren (GraphQL)" })).toBeVisible();
  await expect(page.getByTestId("explorer-editor").locator(".graphiql-container")).toBeVisible();
  await expect(page.getByTestId("explorer-examples").getByRole("button")).toHaveCount(7);
  await expect(page.getByText("Inte byggt ännu")).toHaveCount(0);
});

test("an address that leads nowhere says so inside the app, with ways out", async ({ page }) => {
  await page.goto("/grants/abc123/nothing-here");
  await expect(page.getByRole("heading", { level: 1, name: "Sidan finns inte" })).toBeVisible();
  await expect(page.getByTestId("not-found")).toContainText("/grants/abc123/nothing-here");
  await expect(page.getByRole("navigation").getByRole("link", { name: "Bidrag", exact: true })).toBeVisible();
  await page.getByRole("link", { name: "Till startsidan" }).click();
  await expect(page).not.toHaveURL(/nothing-here/);
});

test("pages through grants with the cursor", async ({ page, grantsPage }) => {
  await page.goto("/grants?size=10");
  await expect(grantsPage.rows).toHaveCount(8);
  await page.goto("/grants?sort=title");
  await expect(grantsPage.rows.first()).toContainText("Ansökan till Socialstyrelsen");
});
