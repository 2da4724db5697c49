import { expect, shot, test } from "../fixtures";
import { USERS, type Who } from "../users";

test.describe("before logging in", () => {
  test.use({ as: null });

  test("an anonymous visit lands on the login page, and a wrong password says so without saying which part was wrong", async ({ page }) => {
    await page.goto("/grants");
    await expect(page).toHaveURL(/\/login\?next=%2Fgrants/);
    await expect(page.getByRole("heading", { level: 1, name: "Logga in" })).toBeVisible();
    await page.getByLabel("E-post").fill(USERS.analyst.email);
    await page.getByLabel("Lösenord").fill("inte rätt lösenord");
    await page.getByRole("button", { name: "Logga in" }).click();
    await expect(page.getByTestId("login-error")).toHaveText("Fel e-postadress eller lösenord.");
    await page.screenshot(shot("login-failed"));
    await page.getByLabel("Lösenord").fill(USERS.analyst.password);
    await page.getByRole("button", { name: "Logga in" }).click();
    // Back where the visit began.
    await expect(page).toHaveURL(/\/grants$/);
    await expect(page.getByRole("heading", { level: 1, name: "Bidrag" })).toBeVisible();
  });

  test("the login page in English", async ({ page }) => {
    await page.goto("/login");
    await page.getByText("English").click();
    await expect(page.getByRole("heading", { level: 1, name: "Log in" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot(shot("login-en-phone"));
  });
});

/** What each role finds: the start page, and on each page the buttons its row in the permission matrix allows. */
const ROLES: { who: Who; home: RegExp; checks: [path: string, sees: string[], notSees: string[]][] }[] = [
  {
    who: "officer",
    home: /\/attention$/,
    checks: [
      ["/grants", ["Ny ansökan"], ["Användare"]],
      ["/partners", ["Ny organisation"], []],
    ],
  },
  {
    who: "lead",
    home: /\/financing$/,
    checks: [
      ["/grants", [], ["Ny ansökan", "Användare", "Källdokument"]],
      ["/statistics", ["Nytt värde"], ["Ny indikator"]],
      ["/partners", [], ["Ny organisation"]],
    ],
  },
  {
    who: "analyst",
    home: /\/grants$/,
    checks: [
      ["/grants", [], ["Ny ansökan", "Användare"]],
      ["/statistics", [], ["Nytt värde", "Ny indikator"]],
      ["/partners", [], ["Ny organisation"]],
    ],
  },
  {
    who: "statistician",
    home: /\/statistics$/,
    checks: [
      ["/statistics", ["Nytt värde", "Ny indikator"], []],
      ["/grants", [], ["Ny ansökan", "Användare"]],
    ],
  },
  { who: "admin", home: /\/attention$/, checks: [["/grants", ["Ny ansökan", "Användare"], []]] },
];

for (const role of ROLES) {
  test.describe(`as ${role.who}`, () => {
    test.use({ as: role.who });
    test("starts on the right page and sees what the role allows, and not more", async ({ page }) => {
      await page.goto("/");
      await expect(page).toHaveURL(role.home);
      for (const [path, sees, notSees] of role.checks) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await page.waitForLoadState("networkidle");
        for (const text of sees) await expect(page.getByText(text, { exact: true }).first(), `${path}: ${text}`).toBeVisible();
        for (const text of notSees) await expect(page.getByText(text, { exact: true }), `${path}: no ${text}`).toHaveCount(0);
      }
      await page.screenshot(shot(`role-${role.who}`));
    });
  });
}

test.describe("a project lead", () => {
  test.use({ as: "lead" });

  test("sees their own project's financing, and no other project's grant details", async ({ page }) => {
    await page.goto("/financing?year=2010");
    const portfolio = page.getByTestId("portfolio");
    await expect(portfolio).toContainText("Relationsvåldscentrum");
    await expect(portfolio).not.toContainText("Q-jouren");
    // The public grant list shows Q-jouren's grant; its details are another project's.
    await page.goto("/grants");
    await page.getByRole("link", { name: "Stöd till RFHL Stockholms projekt Q-jouren" }).click();
    await expect(page.getByTestId("forbidden")).toBeVisible();
    await page.screenshot(shot("lead-forbidden-grant"));
  });
});

test.describe("an administrator", () => {
  test.use({ as: "admin" });

  test("invites a user who sets a password with the one-time link, and can deactivate them", async ({ page, browser, baseURL }) => {
    await page.goto("/admin/users");
    await expect(page.getByTestId("users")).toContainText(USERS.lead.email);
    await page.getByRole("button", { name: "Bjud in användare" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("E-post").fill("ny.utredare@haninge.se");
    await dialog.getByLabel("Namn").fill("Nora Utredare");
    await dialog.getByLabel("Utredare").check();
    await dialog.getByRole("button", { name: "Spara" }).click();
    const link = await page.getByTestId("password-link").textContent();
    expect(link).toMatch(/\/set-password#token=bkl_/);
    await page.screenshot(shot("users-invited"));
    await page.keyboard.press("Escape");

    // The new user opens the link in a browser of their own.
    const other = await browser.newContext({ baseURL });
    const newcomer = await other.newPage();
    await newcomer.goto(link as string);
    await newcomer.getByLabel("Nytt lösenord").fill("kort");
    await expect(newcomer.getByText("Lösenordet ska vara minst 12 tecken")).toBeVisible();
    await newcomer.getByLabel("Nytt lösenord").fill("nora har ett långt lösenord");
    await newcomer.getByLabel("Upprepa lösenordet").fill("nora har ett långt lösenord");
    await newcomer.getByRole("button", { name: "Spara lösenord och logga in" }).click();
    await expect(newcomer).toHaveURL(/\/grants$/);

    // The administrator deactivates her: her next request finds her logged out.
    await page.reload();
    await page.getByTestId("user-ny.utredare@haninge.se").getByRole("button", { name: "Inaktivera" }).click();
    await expect(page.getByTestId("user-ny.utredare@haninge.se")).toContainText("Inaktiverad");
    await newcomer.goto("/attention");
    await expect(newcomer).toHaveURL(/\/login/);
    await other.close();
  });

  test("creates a personal access token, shown once, and logs out", async ({ page }) => {
    await page.goto("/account");
    await expect(page.getByText("Administratör", { exact: true }).first()).toBeVisible();
    await page.getByRole("textbox", { name: /^Namn/ }).fill("Mitt analysskript");
    await page.getByRole("button", { name: "Skapa" }).click();
    const token = (await page.getByTestId("token-value").textContent()) as string;
    expect(token).toMatch(/^bkp_/);
    // The token works for a script…
    const res = await page.request.post("/graphql", {
      headers: { authorization: `Bearer ${token}` },
      data: { query: "{ viewer { email } }" },
    });
    expect((await res.json()).data.viewer.email).toBe(USERS.admin.email);
    await page.getByRole("button", { name: "OK" }).click();
    await expect(page.getByTestId("personal-tokens")).toContainText("Mitt analysskript");
    await expect(page.getByTestId("personal-tokens")).not.toContainText(token);
    await page.screenshot(shot("account-tokens"));
    // …until it is revoked.
    await page.getByTestId("personal-tokens").getByRole("button", { name: "Återkalla" }).click();
    await expect(page.getByTestId("personal-tokens")).toContainText("Återkallad");
    await page.getByTestId("user-menu").click();
    await page.getByRole("menuitem", { name: "Logga ut" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/grants");
    await expect(page).toHaveURL(/\/login/);
  });

  test("the account and users pages fit a phone and speak English", async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem("bk.locale", "en"));
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [path, heading] of [
      ["/account", "My account"],
      ["/admin/users", "Users"],
    ]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      const width = (await page.evaluate("document.documentElement.scrollWidth")) as number;
      expect(width, `${path} is ${width} px wide`).toBeLessThanOrEqual(390);
      await page.screenshot(shot(`phone-en${path.replaceAll("/", "-")}`));
    }
  });
});
