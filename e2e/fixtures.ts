import { test as base } from "@playwright/test";
import { GrantDetailPage } from "./pages/grant-detail-page";
import { GrantForms } from "./pages/grant-forms";
import { GrantsPage } from "./pages/grants-page";

export const test = base.extend<{ grantsPage: GrantsPage; grantPage: GrantDetailPage; forms: GrantForms }>({
  grantsPage: async ({ page }, use) => use(new GrantsPage(page)),
  grantPage: async ({ page }, use) => use(new GrantDetailPage(page)),
  forms: async ({ page }, use) => use(new GrantForms(page)),
});

export { expect } from "@playwright/test";

/** Screenshots go to e2e/screenshots/ so a person can look at what the tests saw. */
export const shot = (name: string) => ({ path: `screenshots/${name}.png`, fullPage: true });
