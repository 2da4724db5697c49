import { type APIRequestContext, test as base, expect, request as requests } from "@playwright/test";
import { GrantDetailPage } from "./pages/grant-detail-page";
import { GrantForms } from "./pages/grant-forms";
import { GrantsPage } from "./pages/grants-page";
import { USERS, type Who } from "./users";

/** Logs a request context (a page's, or one of its own) in as one of the users, through the API. */
export async function logIn(request: APIRequestContext, who: Who) {
  const { email, password } = USERS[who];
  const res = await request.post("/graphql", {
    data: { query: "mutation ($input: LogInInput!) { logIn(input: $input) { id } }", variables: { input: { email, password } } },
  });
  const body = await res.json();
  expect(body.errors, `log in as ${who}`).toBeUndefined();
}

/** A request context of its own, logged in as `who` (e.g. an officer acting beside the page's user). */
export async function apiAs(baseURL: string, who: Who) {
  const ctx = await requests.newContext({ baseURL });
  await logIn(ctx, who);
  return ctx;
}

/**
 * Each test's page is logged in as `as` (test.use({ as: "lead" })); `as: null` leaves it
 * anonymous, as a first visit is.
 */
export const test = base.extend<{ as: Who | null; grantsPage: GrantsPage; grantPage: GrantDetailPage; forms: GrantForms }>({
  as: ["admin", { option: true }],
  page: async ({ page, as }, use) => {
    if (as) await logIn(page.request, as);
    await use(page);
  },
  grantsPage: async ({ page }, use) => use(new GrantsPage(page)),
  grantPage: async ({ page }, use) => use(new GrantDetailPage(page)),
  forms: async ({ page }, use) => use(new GrantForms(page)),
});

export { expect } from "@playwright/test";

/** Screenshots go to e2e/screenshots/ so a person can look at what the tests saw. */
export const shot = (name: string) => ({ path: `screenshots/${name}.png`, fullPage: true });
