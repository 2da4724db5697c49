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
  await dialog.getByRole("textbox", { name: "Ingår i" }).click();
  await page.getByRole("option", { name: "Stockholms stad", exact: true }).click();
  await dialog.getByRole("button", { name: "Spara" }).click();
  await expect(dialog).toBeHidden();

  const entries = page.getByTestId("audit").getByTestId("audit-change");
  await expect(entries).toHaveCount(3);
  const [newest, first, created] = [entries.nth(0), entries.nth(1), entries.nth(2)];
  await expect(newest).toContainText("Organisation ändrad");
  await expect(newest).toContainText("Ingår i: – → Stockholms stad");
  await expect(newest).not.toContainText("Kommun");
  await expect(first).toContainText("Organisation ändrad");
  await expect(first).toContainText("Kommun: Solna → Sundbyberg");
  await expect(first).toContainText("Telefon: – → 08-123 45 67");
  await expect(first).not.toContainText("Ingår i");
  await expect(created).toContainText("Organisation skapad");
  await expect(created).toContainText("Namn: Granskningsjouren");

  await page.getByText("English", { exact: true }).click();
  await expect(newest).toContainText("Organisation changed");
  await expect(newest).toContainText("Part of: – → Stockholms stad");
  await expect(first).toContainText("Municipality: Solna → Sundbyberg");
  await expect(first).toContainText("Phone: – → 08-123 45 67");
  await expect(created).toContainText("Organisation created");
  await page.getByTestId("audit").screenshot({ path: "test-results/audit-trail-en.png" });

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(entries).toHaveCount(3);
  expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);
  await page.getByTestId("audit").screenshot({ path: "test-results/audit-trail-phone.png" });
});
