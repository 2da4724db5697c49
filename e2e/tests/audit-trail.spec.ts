import { expect, test } from "../fixtures";

// Issue 12: the audit trail has one entry per action — an organisation edited twice shows two
// edits, each listing the fields it changed in words (labels, names not ids), in the chosen language.

test("an organisation edited twice shows two entries, each with its changed fields in words", async ({ page }) => {
  await page.goto("/partners");
  await page.getByRole("button", { name: "Ny organisation" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("textbox", { name: /^Namn/ }).fill("Granskningsjouren");
  await dialog.getByLabel("Kommun").fill("Solna");
  await dialog.getByRole("button", { name: "Spara" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Granskningsjouren" })).toBeVisible();

  // First edit: two fields in one save.
  await page.getByRole("button", { name: "Ändra", exact: true }).click();
  await dialog.getByLabel("Kommun").fill("Sundbyberg");
  await dialog.getByLabel("Telefon").fill("08-123 45 67");
  await dialog.getByRole("button", { name: "Spara" }).click();
  await expect(dialog).toBeHidden();
  // Second edit: a reference, shown by the name of what it points to.
  await page.getByRole("button", { name: "Ändra", exact: true }).click();
  await dialog.getByRole("combobox", { name: "Överordnad" }).click();
  await page.getByRole("option", { name: "Stockholms stad", exact: true }).click();
  await dialog.getByRole("button", { name: "Spara" }).click();
  await expect(dialog).toBeHidden();

  const entries = page.getByTestId("audit").getByTestId("audit-change");
  await expect(entries).toHaveCount(3);
  const [newest, first, created] = [entries.nth(0), entries.nth(1), entries.nth(2)];
  await expect(newest).toContainText("Organisation ändrad");
  await expect(newest).toContainText("Överordnad: – → Stockholms stad");
  await expect(newest).not.toContainText("Kommun");
  await expect(first).toContainText("Organisation ändrad");
  await expect(first).toContainText("Kommun: Solna → Sundbyberg");
  await expect(first).toContainText("Telefon: – → 08-123 45 67");
  await expect(first).not.toContainText("Överordnad");
  await expect(created).toContainText("Organisation skapad");
  await expect(created).toContainText("Namn: Granskningsjouren");

  await page.getByText("English", { exact: true }).click();
  await expect(newest).toContainText("Organisation changed");
  await expect(newest).toContainText("Parent: – → Stockholms stad");
  await expect(first).toContainText("Municipality: Solna → Sundbyberg");
  await expect(first).toContainText("Phone: – → 08-123 45 67");
  await expect(created).toContainText("Organisation created");
  await page.getByTestId("audit").screenshot({ path: "test-results/audit-trail-en.png" });

  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(entries).toHaveCount(3);
  expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);
  await page.getByTestId("audit").screenshot({ path: "test-results/audit-trail-phone.png" });
});

test("the change log lists every action once, by record name, searchable, printable, in both languages", async ({ page }) => {
  await page.addInitScript("window.print = () => { window.__printed = (window.__printed || 0) + 1; };");
  await page.goto("/");
  await page.getByRole("navigation").getByRole("link", { name: "Ändringslogg" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ändringslogg" })).toBeVisible();
  const entries = page.getByTestId("changes").getByTestId("audit-change");
  await expect(entries.first()).toBeVisible();
  await page.getByLabel("Sök i ändringar").fill("Sundbyberg");
  // The search finds the edit by one of its fields and shows it whole, under the organisation's name.
  await expect(entries).toHaveCount(1);
  await expect(entries).toContainText("Organisation ändrad · Granskningsjouren");
  await expect(entries).toContainText("Kommun: Solna → Sundbyberg");
  await expect(entries).toContainText("Telefon: – → 08-123 45 67");

  await page.getByTestId("changes-export").getByRole("button", { name: "Skriv ut" }).click();
  await page.emulateMedia({ media: "print" });
  const sheet = page.getByTestId("print-sheet");
  await expect(sheet.getByRole("heading", { level: 1 })).toHaveText("Ändringslogg");
  await expect(sheet).toContainText("Urval: Sök i ändringar: Sundbyberg");
  await expect(sheet.locator("tbody tr")).toHaveCount(1);
  await expect(sheet.locator("tbody tr")).toContainText("Kommun: Solna → Sundbyberg");
  await expect(page.getByRole("navigation")).toBeHidden();
  await page.screenshot({ path: "test-results/changes-print.png", fullPage: true });
  await page.emulateMedia({ media: "screen" });

  await page.getByText("English", { exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Change log" })).toBeVisible();
  await expect(entries).toContainText("Organisation changed · Granskningsjouren");
  await expect(entries).toContainText("Municipality: Solna → Sundbyberg");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(entries).toHaveCount(1);
  expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);
  await page.screenshot({ path: "test-results/changes-phone-en.png", fullPage: true });
});
