import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { type APIRequestContext, request as requests } from "@playwright/test";
import { expect, shot, test } from "../fixtures";
import { swedishOn } from "../pages/swedish-wordings";

const JSON_PATH = "/exports/360giving.json";
const CSV_PATH = "/exports/360giving.csv";

type Package = {
  version: string;
  grants: { id: string; currency: string; amountAwarded: number; fundingOrganization: { id: string }[] }[];
};

/** A request from nobody logged in (no cookie of the page's). */
async function anonymous(baseURL: string): Promise<APIRequestContext> {
  return requests.newContext({ baseURL });
}

test.describe("open data: an administrator makes the 360Giving export public", () => {
  test("the switch on Öppna data opens the export to anonymous requests, and closes it again", async ({ page, baseURL }) => {
    const nobody = await anonymous(baseURL as string);
    const refused = await nobody.get(JSON_PATH);
    expect(refused.status()).toBe(401);
    expect((await refused.json()).errors[0].extensions.code).toBe("UNAUTHENTICATED");

    // Reached from the menu, next to Användare.
    await page.goto("/");
    await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Öppna data" }).click();
    await expect(page).toHaveURL(/\/admin\/open-data$/);
    await expect(page.getByRole("heading", { level: 1, name: "Öppna data" })).toBeVisible();
    const toggle = page.getByTestId("open-data-public");
    await expect(page.getByRole("switch", { name: "Offentlig: vem som helst får ladda ner utan att logga in" })).toBeVisible();
    await expect(toggle).not.toBeChecked();
    await expect(page.getByTestId("open-data-links")).toContainText("Endast inloggade");
    // The pointer off the menu link it clicked (hovered, the active link is drawn darker).
    await page.getByRole("heading", { level: 1 }).hover();
    const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);
    await toggle.click();
    await expect(page.getByText("360Giving-exporten är nu offentlig.")).toBeVisible();
    await expect(toggle).toBeChecked();
    await expect(page.getByTestId("open-data-links")).toContainText("Offentlig");
    await expect(page.getByText(/Senast ändrad/)).toBeVisible();
    await page.screenshot(shot("open-data-admin-sv"));

    const open = await nobody.get(JSON_PATH);
    expect(open.status()).toBe(200);
    expect(open.headers()["content-disposition"]).toContain("bidragskollen-360giving.json");
    const pkg = (await open.json()) as Package;
    expect(pkg.version).toBe("1.4");
    expect(pkg.grants.length).toBeGreaterThan(0);
    for (const g of pkg.grants) {
      expect(g.id).toMatch(/^360G-bidragskollen-/);
      expect(g.currency).toBe("SEK");
      expect(typeof g.amountAwarded).toBe("number");
    }
    // The page says how many grants the file holds, and how many awarded ones still lack a decision date or amount.
    await expect(page.getByTestId("open-data-coverage")).toContainText(`Exporten innehåller ${pkg.grants.length} bidrag.`);
    await expect(page.getByTestId("open-data-coverage")).toContainText(/\d+ beviljade bidrag saknar beslutsdatum eller beviljat belopp/);
    const csv = await nobody.get(CSV_PATH);
    expect(csv.status()).toBe(200);
    const lines = (await csv.text()).trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/^Identifier,Title,Description,Currency,/);
    expect(lines).toHaveLength(1 + pkg.grants.length);

    // In English, and on a phone without sideways scrolling.
    await page.getByText("English", { exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Open data" })).toBeVisible();
    await expect(page.getByRole("switch", { name: "Public: anyone may download without logging in" })).toBeChecked();
    expect(await swedishOn(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    // The menu slides away on a phone: wait until it has left the screen.
    await expect.poll(() => page.evaluate("document.querySelector('nav').getBoundingClientRect().right")).toBeLessThanOrEqual(0);
    await expect(page.getByRole("heading", { level: 1, name: "Open data" })).toBeVisible();
    expect((await page.evaluate("document.documentElement.scrollWidth")) as number).toBeLessThanOrEqual(390);
    await page.screenshot(shot("open-data-admin-en-phone"));

    // Off again: for logged-in users only.
    await toggle.click();
    await expect(page.getByText("The 360Giving export is now for logged-in users only.")).toBeVisible();
    await expect(toggle).not.toBeChecked();
    expect((await nobody.get(JSON_PATH)).status()).toBe(401);
    await nobody.dispose();
  });
});

test.describe("open data: an analyst downloads the 360Giving files", () => {
  test.use({ as: "analyst" });

  test("the explorer page links the JSON package and the flat CSV", async ({ page }) => {
    await page.goto("/explorer");
    const links = page.getByTestId("open-data-links");
    await expect(links).toContainText("Öppna data (360Giving)");
    // Not an administrator: no Öppna data in the menu, and the page says so.
    await expect(page.getByRole("link", { name: "Öppna data", exact: true })).toHaveCount(0);

    const json = page.waitForEvent("download");
    await links.getByRole("link", { name: /JSON/ }).click();
    const jsonFile = await json;
    expect(jsonFile.suggestedFilename()).toBe("bidragskollen-360giving.json");
    const pkg = JSON.parse(readFileSync(await jsonFile.path(), "utf8")) as Package;
    expect(pkg.grants.length).toBeGreaterThan(0);
    expect(
      pkg.grants.some((g) => g.fundingOrganization[0].id.startsWith("SE-ON-") || g.fundingOrganization[0].id.startsWith("360G-")),
    ).toBe(true);

    const csv = page.waitForEvent("download");
    await links.getByRole("link", { name: /CSV/ }).click();
    const csvFile = await csv;
    expect(csvFile.suggestedFilename()).toBe("bidragskollen-360giving.csv");
    const lines = readFileSync(await csvFile.path(), "utf8")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toContain("Recipient Org:Identifier");
    expect(lines).toHaveLength(1 + pkg.grants.length);

    await page.getByText("English", { exact: true }).click();
    await expect(links).toContainText("Open data (360Giving)");
    await expect(links.getByRole("link", { name: "Download JSON (360Giving package)" })).toBeVisible();
    await page.screenshot(shot("open-data-explorer-en"));

    await page.goto("/admin/open-data");
    await expect(page.getByTestId("forbidden")).toBeVisible();
  });
});
