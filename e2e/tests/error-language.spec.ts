import type { APIRequestContext, Locator, Page } from "@playwright/test";
import { REASONS } from "../../packages/domain/src/rules/catalogue";
import { apiAs, expect, test } from "../fixtures";

// A case officer meets the API's refusals in the language they chose: at the field, as one alert, as a page.
test.use({ as: "officer" });

const today = new Date().toISOString().slice(0, 10);
const NBSP = "\u00a0";

/** Every literal piece of the catalogue's Swedish wordings long enough to be telling (placeholders cut out). */
const SWEDISH = Object.values(REASONS)
  .flatMap((w) => w.sv.split(/\{\w+(?::\w+)?\}/))
  .map((piece) => piece.replace(/^[\s.,:;()”"–-]+|[\s.,:;()”"–-]+$/g, ""))
  .filter((piece) => piece.length >= 12);

async function expectNoSwedishReason(page: Page) {
  const text = (await page.locator("body").textContent()) ?? "";
  expect(SWEDISH.filter((piece) => text.includes(piece))).toEqual([]);
}

type Gql = (query: string, variables: Record<string, unknown>) => Promise<Record<string, { id: string; version: number }>>;
const client =
  (request: APIRequestContext): Gql =>
  async (query, variables) =>
    (await (await request.post("/graphql", { data: { query, variables } })).json()).data;

/** A grant decided at 350 000 kr, as the officer would have it after the decision. */
async function grantedAt350000(gql: Gql, title: string) {
  const orgs = (await gql(`{ organisations(first: 2) { edges { node { id } } } }`, {})) as unknown as {
    organisations: { edges: { node: { id: string } }[] };
  };
  const [funder, applicant] = orgs.organisations.edges.map((e) => e.node.id);
  const input = { title, funderId: funder, applicantId: applicant, recipientId: applicant, amountApplied: "350000" };
  const created = (await gql(`mutation ($input: GrantApplicationInput!) { createGrant(input: $input) { id version } }`, { input }))
    .createGrant;
  const submitted = (
    await gql(`mutation ($id: ID!, $v: Int!) { submitGrant(id: $id, expectedVersion: $v) { id version } }`, {
      id: created.id,
      v: created.version,
    })
  ).submitGrant;
  const decided = (
    await gql(
      `mutation ($id: ID!, $v: Int!, $input: DecisionInput!) { decideGrant(id: $id, expectedVersion: $v, input: $input) { id version } }`,
      {
        id: created.id,
        v: submitted.version,
        input: { outcome: "GRANTED", amountGranted: "350000", decisionDate: today },
      },
    )
  ).decideGrant;
  return decided;
}

const WORDS = {
  en: {
    language: "English",
    disburse: "New disbursement",
    amount: "Amount (SEK)",
    save: "Save",
    addCondition: "Add condition",
    condition: "Condition",
    overpaid: `The disbursements (SEK 400,000) must not exceed the amount granted (SEK 350,000); at most SEK 350,000 can be paid`,
    changed: /^Changed by someone else since you opened it \(version \d+, you had \d+\)\. Reload and make the change again\.$/,
    missing: "The grant does not exist",
  },
  sv: {
    language: "Svenska",
    disburse: "Ny utbetalning",
    amount: "Belopp (kr)",
    save: "Spara",
    addCondition: "Lägg till villkor",
    condition: "Villkor",
    overpaid: `Utbetalningarna (400${NBSP}000${NBSP}kr) får inte överstiga beviljat belopp (350${NBSP}000${NBSP}kr); högst 350${NBSP}000${NBSP}kr kan betalas ut`,
    changed: /^Ändrat av någon annan sedan du öppnade det \(version \d+, du hade \d+\)\. Ladda om och gör ändringen igen\.$/,
    missing: "Bidraget finns inte",
  },
} as const;

async function action(page: Page, name: string): Promise<Locator> {
  await page.getByTestId("actions").getByRole("button", { name }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  return dialog;
}

for (const lang of ["en", "sv"] as const) {
  const w = WORDS[lang];
  test(`refusals in ${w.language}: an overpayment at its field, a conflict as one alert, a missing grant as a page`, async ({
    page,
    baseURL,
  }) => {
    const gql = client(await apiAs(baseURL as string, "officer"));
    const grant = await grantedAt350000(gql, `Felspråk ${lang} (e2e)`);
    await page.goto(`/grants/${grant.id}`);
    await page.getByText(w.language, { exact: true }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", lang);

    // A field error: 400 000 of 350 000 granted. One message, at the amount, with formatted amounts.
    let dialog = await action(page, w.disburse);
    await dialog.getByLabel(w.amount).fill("400000");
    await dialog.getByRole("button", { name: w.save }).click();
    await expect(dialog.getByText(w.overpaid)).toBeVisible();
    await expect(dialog.getByLabel(w.amount)).toHaveAttribute("aria-invalid", "true");
    await expect(dialog.getByTestId("form-error")).toHaveCount(0);
    await expect(page.getByText(w.overpaid)).toHaveCount(1);
    if (lang === "en") await expectNoSwedishReason(page);
    await page.screenshot({ path: `/tmp/err-e2e-${lang}-field.png` });
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();

    // A conflict: someone else changes the grant while the dialog is open. One alert, no field.
    dialog = await action(page, w.addCondition);
    await dialog.getByRole("textbox", { name: new RegExp(`^${w.condition}`) }).fill("Redovisa samverkan");
    await gql(
      `mutation ($id: ID!, $v: Int!) { addCondition(grantId: $id, expectedVersion: $v, input: { text: "Annan handläggare" }) { id version } }`,
      {
        id: grant.id,
        v: grant.version,
      },
    );
    await dialog.getByRole("button", { name: w.save }).click();
    await expect(dialog.getByTestId("form-error")).toHaveText(w.changed);
    await expect(page.getByText(w.changed)).toHaveCount(1);
    if (lang === "en") await expectNoSwedishReason(page);
    await page.screenshot({ path: `/tmp/err-e2e-${lang}-conflict.png` });
    await page.keyboard.press("Escape");

    // A grant that does not exist, by a malformed id and by a well-formed one.
    for (const id of ["abc123", Buffer.from("Grant:finns-inte").toString("base64")]) {
      await page.goto(`/grants/${id}`);
      await expect(page.getByTestId("not-found")).toContainText(w.missing);
      await expect(page.getByRole("link", { name: lang === "en" ? "All grants" : "Alla bidrag" })).toBeVisible();
    }
    if (lang === "en") await expectNoSwedishReason(page);
    await page.screenshot({ path: `/tmp/err-e2e-${lang}-missing.png` });
  });
}
