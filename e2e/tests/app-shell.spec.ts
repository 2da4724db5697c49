import type { Page } from "@playwright/test";
import { expect, shot, test } from "../fixtures";

// Issue 11: a slow phone used to show a white page until the app's JavaScript had downloaded and
// run. index.html now draws the app's frame (the header with the name, the menu's edge) at once;
// the first render replaces it, and nothing it drew may jump when that happens.

/** Where the header's name is drawn, and how tall the header is. */
async function frame(page: Page, name: string, header: string) {
  const box = await page.locator(name).first().boundingBox();
  const headerBox = await page.locator(header).first().boundingBox();
  expect(box, name).not.toBeNull();
  expect(headerBox, header).not.toBeNull();
  return { x: box?.x ?? 0, y: box?.y ?? 0, height: box?.height ?? 0, headerHeight: headerBox?.height ?? 0 };
}

for (const viewport of [
  { width: 1280, height: 800, label: "desktop" },
  { width: 390, height: 844, label: "phone" },
]) {
  test(`before its JavaScript has run the page shows the app's header where the app draws it (${viewport.label})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    // No script arrives: what the reader sees is index.html's frame alone.
    await page.route("**/*.js", (route) => route.abort());
    await page.goto("/grants");
    const shell = page.locator(".bk-shell");
    await expect(shell.getByText("Bidragskollen")).toBeVisible();
    await expect(shell).toHaveAttribute("aria-busy", "true");
    await expect(shell.locator(".bk-menu")).toBeVisible({ visible: viewport.width >= 768 });
    const before = await frame(page, ".bk-shell .bk-name", ".bk-shell .bk-header");
    await page.screenshot(shot(`app-shell-${viewport.label}`));

    await page.unroute("**/*.js");
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "Bidrag" })).toBeVisible();
    await expect(shell).toHaveCount(0);
    const after = await frame(page, "header a[href='/'].bk-name", "header");
    expect(Math.abs(after.x - before.x), "the name's left edge").toBeLessThanOrEqual(1);
    expect(Math.abs(after.y - before.y), "the name's top").toBeLessThanOrEqual(1);
    expect(Math.abs(after.height - before.height), "the name's height").toBeLessThanOrEqual(1);
    expect(after.headerHeight).toBe(before.headerHeight);
  });
}

/** Where an element is drawn (its left edge, top and height; its width follows its container, a flex row's item in the app). */
async function place(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  expect(box, selector).not.toBeNull();
  return { x: Math.round(box?.x ?? 0), y: Math.round(box?.y ?? 0), height: Math.round(box?.height ?? 0) };
}

for (const viewport of [
  { width: 1280, height: 800, label: "desktop" },
  { width: 390, height: 844, label: "phone" },
]) {
  test(`a logged-in reader's page comes with its heading and intro, where the app then draws them (${viewport.label})`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.route("**/*.js", (route) => route.abort());
    await page.goto("/grants");
    const early = page.locator(".bk-shell .bk-early-head");
    await expect(early.getByRole("heading", { level: 1, name: "Bidrag" })).toBeVisible();
    await expect(early.getByText("Ansökningar och beslut med belopp, villkor och källor.")).toBeVisible();
    const before = { heading: await place(page, ".bk-early-head h1"), intro: await place(page, ".bk-early-head p") };
    const introColor = await page.evaluate(`getComputedStyle(document.querySelector(".bk-early-head p")).color`);
    expect(introColor).toMatch(/^rgb\(/);
    await page.screenshot(shot(`app-shell-heading-${viewport.label}`));

    await page.unroute("**/*.js");
    await page.reload();
    await expect(page.locator("main h1")).toHaveText("Bidrag");
    await expect(page.locator(".bk-shell")).toHaveCount(0);
    const after = { heading: await place(page, "main h1"), intro: await place(page, "main h1 + p") };
    expect(after).toEqual(before);
    // The dimmed grey of the app's theme (its accessible shade), not black turning grey.
    await expect(page.locator("main h1 + p")).toHaveCSS("color", String(introColor));
  });
}

test("the early heading speaks the language the reader chose, is the role's start page on '/', and reads the address as the page does", async ({
  page,
}) => {
  await page.goto("/grants");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("main h1")).toHaveText("Grants");
  await page.route("**/*.js", (route) => route.abort());
  await page.goto("/grants");
  await expect(page.locator(".bk-early-head h1")).toHaveText("Grants");
  // The administrator starts on To do, with the list's horizon from the address (30 days unless another is asked for).
  await page.goto("/");
  await expect(page.locator(".bk-early-head h1")).toHaveText("To do");
  await expect(page.locator(".bk-early-head p")).toContainText("within 30 days");
  await page.goto("/attention?days=7");
  await expect(page.locator(".bk-early-head p")).toContainText("within 7 days");
  await page.unroute("**/*.js");
  await page.reload();
  await expect(page.locator("main h1 + p")).toContainText("within 7 days");
  await page.getByRole("button", { name: "Svenska" }).click();
  await expect(page.locator("main h1")).toHaveText("Att göra");
  // A page whose heading holds data (a grant's title) comes with the frame alone.
  await page.route("**/*.js", (route) => route.abort());
  await page.goto("/grants/R3JhbnQ6bm9uZQ==");
  await expect(page.locator(".bk-shell .bk-name")).toBeVisible();
  await expect(page.locator(".bk-early-head")).toHaveCount(0);
});

test("on '/' the start page's heading stays from the first HTML to the app's page: never an empty page between", async ({ page }) => {
  // '/' renders nothing and goes on to the role's start page: done after the browser had painted, the
  // heading the server drew vanished for a frame and came back.
  // Looked at before each frame is painted (a DOM mutation seen in between need never reach the screen).
  await page.addInitScript(`
    window.seen = { empty: false };
    const look = () => {
      const main = document.querySelector("main");
      if (main && !document.querySelector(".bk-shell") && !main.querySelector("h1")) window.seen.empty = true;
      if (!main || !main.querySelector("h1")) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  `);
  await page.goto("/");
  await expect(page).toHaveURL(/\/attention$/);
  await expect(page.locator("main h1")).toHaveText("Att göra");
  expect(await page.evaluate("window.seen.empty")).toBe(false);
});

test.describe("nobody logged in", () => {
  test.use({ as: null });
  test("gets the frame alone: no page's heading before the login page", async ({ page }) => {
    await page.route("**/*.js", (route) => route.abort());
    await page.goto("/grants");
    await expect(page.locator(".bk-shell .bk-name")).toBeVisible();
    await expect(page.locator(".bk-early-head")).toHaveCount(0);
  });
});

test("a select's list of options is put in the page when it opens, not while the page mounts", async ({ page }) => {
  // Kept mounted (Mantine's default), each closed list was positioned as the page mounted: a forced
  // layout of the page per select, in its first render.
  await page.goto("/grants");
  await expect(page.getByRole("heading", { level: 1, name: "Bidrag" })).toBeVisible();
  await expect(page.locator(".mantine-Popover-dropdown")).toHaveCount(0);
  await page.getByRole("combobox", { name: "Finansiär" }).click();
  const options = page.getByRole("listbox");
  await expect(options).toBeVisible();
  await expect(options.getByRole("option").first()).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.locator(".mantine-Popover-dropdown")).toHaveCount(0);
});

test("the main menu marks the page one is on; on a phone the burger opens it over the page and a link closes it", async ({ page }) => {
  await page.goto("/grants");
  const menu = page.getByRole("navigation", { name: "Huvudmeny" });
  await expect(menu.getByRole("link", { name: "Bidrag", exact: true })).toHaveAttribute("aria-current", "page");
  await expect(menu.getByRole("link", { name: "Projekt", exact: true })).not.toHaveAttribute("aria-current");

  await page.setViewportSize({ width: 390, height: 844 });
  const burger = page.getByRole("button", { name: "Meny" });
  await expect(burger).toHaveAttribute("aria-expanded", "false");
  // Closed, the menu is out of sight and out of the tab order.
  await expect(menu).toBeHidden();
  await burger.click();
  await expect(burger).toHaveAttribute("aria-expanded", "true");
  // It slides in over 200 ms, then covers the screen's width.
  await expect(menu).toHaveCSS("transform", "none");
  await expect(menu).toBeInViewport({ ratio: 0.9 });
  await page.screenshot({ path: "screenshots/app-shell-phone-menu.png" });
  // While it covers the page, the page is out of reach; Escape closes it and gives the burger the focus back.
  await expect(page.locator("main")).toHaveAttribute("inert", "");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await expect(burger).toBeFocused();
  await expect(page.locator("main")).not.toHaveAttribute("inert");
  await burger.click();
  await menu.getByRole("link", { name: "Projekt", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Projekt" })).toBeVisible();
  await expect(menu).toBeHidden();
  await expect(burger).toHaveAttribute("aria-expanded", "false");
  // The reader is taken to the new page (the link that had focus is hidden with the menu).
  await expect(page.locator("main")).toBeFocused();
  // The browser's back button returns to the list, drawn by the app without loading it again.
  await page.evaluate("window.sameDocument = true");
  await burger.click();
  await expect(menu).toBeInViewport();
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1, name: "Bidrag" })).toBeVisible();
  expect(await page.evaluate("window.sameDocument")).toBe(true);
  // However the page changed, the menu closed with it.
  await expect(menu).toBeHidden();
});

test("the login page's return address cannot send anyone to another site", async ({ page }) => {
  // Logged in already, the login page goes on to `next` at once: a backslash or a tab would make it "//evil.example".
  for (const next of ["/%5Cevil.example/", "/%09/evil.example/", "//evil.example/", "https://evil.example/"]) {
    await page.goto(`/login?next=${next}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(new URL(page.url()).host, next).toBe(new URL(await page.evaluate("location.origin")).host);
    expect(new URL(page.url()).pathname, next).toBe("/attention");
  }
  // A page of this site is where it goes.
  await page.goto(`/login?next=${encodeURIComponent("/grants?status=GRANTED")}`);
  await expect(page).toHaveURL(/\/grants\?status=GRANTED$/);
});
