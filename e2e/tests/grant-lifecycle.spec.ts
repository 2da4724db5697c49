import type { Locator, Page } from "@playwright/test";
import { expect, shot, test } from "../fixtures";

// A case officer at the county board works the grant through its lifecycle.
test.use({ as: "officer" });

const NBSP = "\u00a0";
const TITLE = "Implementeringsår 2010 – Relationsvåldscentrum (e2e)";
// The application is submitted today, so the decision and the condition are dated from today.
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const TODAY = day(0);
const DUE = day(9);
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/i;
/** Stored values that must never reach a reader: enum values, ISO precision, currency code, JSON booleans. */
const RAW = /\b[A-Z]+_[A-Z_]+\b|\b(DRAFT|SUBMITTED|GRANTED|REJECTED|OPEN|FULFILLED|PAID|PLANNED|DAY|MONTH|SEK|true|false|null)\b/;

/** The trail and the timeline show names and words: no id, no stored enum value (and in Swedish no English event name). */
async function expectNoInternals(page: Page, locale: "sv" | "en") {
  for (const box of [page.getByTestId("audit"), page.getByTestId("timeline")] as Locator[]) {
    // Each element's own text (a parent's text runs its children's together without spaces).
    const text = (await box.locator("*").allTextContents()).join("\n");
    expect(text).not.toMatch(UUID);
    expect(text).not.toMatch(RAW);
    if (locale === "sv") expect(text).not.toMatch(/\b(created|updated|submitted|decided|fulfilled|paid|Grant|Condition|Disbursement)\b/);
  }
}

test("a partial decision with a payment-blocking condition: attention, refused payment, fulfilment, payment, timeline", async ({
  page,
  forms,
}) => {
  // The whole lifecycle, read in both languages and on a phone: more than the default 30 s.
  test.slow();
  await page.goto("/grants");

  // The application, validated as it is typed.
  await page.getByRole("link", { name: "Ny ansökan" }).click();
  await page.getByLabel("Rubrik").fill(TITLE);
  await page.getByLabel("Sökt belopp (kr)").first().fill("nio hundra");
  await expect(page.getByText("Ange ett belopp i kronor, t.ex. 500 000")).toBeVisible();
  await page.getByLabel("Sökt belopp (kr)").first().fill("900 000");
  await forms.choose("Finansiär", "Länsstyrelsen i Stockholms län");
  await forms.choose("Sökande", "Socialtjänst- och arbetsmarknadsförvaltningen");
  await forms.choose("Mottagare", "Socialtjänst- och arbetsmarknadsförvaltningen");
  await page.getByLabel("Första år").fill("2010");
  await page.getByLabel("Sista år").fill("2010");
  await page.getByRole("button", { name: "Spara" }).click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByTestId("amount-applied")).toContainText(`900${NBSP}000${NBSP}kr`);

  await forms.action("Skicka in");
  await forms.dialog.getByRole("button", { name: "Bekräfta" }).click();
  await forms.expectClosed();
  await expect(page.getByTestId("actions").getByRole("button", { name: "Registrera beslut" })).toBeVisible();

  // The decision: 500 000 of 900 000.
  await forms.action("Registrera beslut");
  await forms.dialog.getByText("Delvis beviljad").click();
  await forms.dialog.getByLabel("Beviljat belopp (kr)").fill("500 000");
  await forms.dialog.getByLabel("Beslutsdatum").fill(TODAY);
  await forms.dialog
    .getByLabel("Beslutstext")
    .fill("500 000 kr under förutsättning att samverkanspartners redovisar långsiktig finansiering.");
  await forms.save();
  await forms.expectClosed();
  await expect(page.getByTestId("amount-granted")).toContainText(`500${NBSP}000${NBSP}kr`);
  await expect(page.getByTestId("amount-applied")).toContainText(`900${NBSP}000${NBSP}kr`);

  await forms.action("Lägg till villkor");
  await forms.dialog
    .getByRole("textbox", { name: /^Villkor/ })
    .fill("Samverkanspartners redovisar hur de långsiktigt ska trygga finansieringen");
  await forms.dialog.getByLabel("Senast", { exact: true }).fill(DUE);
  await forms.dialog.getByLabel("Spärrar utbetalning tills villkoret är uppfyllt").check();
  await forms.save();
  await forms.expectClosed();
  const grantUrl = page.url();

  // It needs attention today: the condition falls due in 9 days.
  await page.goto(`/attention?today=${TODAY}`);
  const row = page.getByTestId("attention").locator("tr", { hasText: TITLE }).filter({ hasText: "Villkor förfaller" });
  await expect(row).toContainText(DUE);
  await expect(row).toContainText("9 dagar kvar");
  await page.screenshot(shot("attention"));
  await row.getByRole("link", { name: TITLE }).click();
  await expect(page).toHaveURL(grantUrl);

  // Paying is refused while the condition is open, and nothing is stored.
  await forms.action("Ny utbetalning");
  await forms.dialog.getByLabel("Belopp (kr)").fill("500000");
  await forms.dialog.getByText("Utbetald", { exact: true }).click();
  await forms.dialog.getByLabel("Utbetalningsdatum").fill(TODAY);
  await forms.save();
  await expect(forms.dialog.getByTestId("form-error")).toContainText("Utbetalning spärras av ett öppet villkor");
  await forms.dialog.getByRole("button", { name: "Avbryt" }).click();
  await expect(page.getByTestId("disbursements")).toContainText("Inga utbetalningar registrerade.");

  // Fulfil the condition, then pay.
  await page.getByTestId("conditions").getByRole("button", { name: "Uppfyllt …" }).click();
  await expect(forms.dialog.getByLabel("Bedömt av")).toHaveValue("Anna Handläggare (demo)");
  await forms.dialog.getByLabel("Underlag").fill("Protokoll från styrgruppen");
  await forms.save();
  await forms.expectClosed();
  await expect(page.getByTestId("conditions")).toContainText("Uppfyllt");

  await forms.action("Ny utbetalning");
  await forms.dialog.getByLabel("Belopp (kr)").fill("500000");
  await forms.dialog.getByText("Utbetald", { exact: true }).click();
  await forms.dialog.getByLabel("Utbetalningsdatum").fill(TODAY);
  await forms.save();
  await forms.expectClosed();
  await expect(page.getByTestId("disbursements")).toContainText(`500${NBSP}000${NBSP}kr`);
  await expect(page.getByTestId("disbursements")).toContainText("Utbetald");

  // One chronological view, and the audit trail names who did it.
  const timeline = page.getByTestId("timeline");
  await expect(timeline.locator('[data-kind="DECIDED"]')).toContainText(TODAY);
  await expect(timeline.locator('[data-kind="CONDITION_RESOLVED"]')).toContainText("Anna Handläggare (demo)");
  await expect(timeline.locator('[data-kind="PAYMENT_PAID"]')).toContainText(`500${NBSP}000${NBSP}kr`);
  await expect(timeline.locator('[data-kind="CHANGE"]').filter({ hasText: "Beslut: delvis beviljad" })).toContainText(
    `Beviljat belopp: – → 500${NBSP}000${NBSP}kr`,
  );
  // The audit trail: one row per action, in words, with who did it.
  const trail = page.getByTestId("audit");
  const change = (title: string) => trail.getByTestId("audit-change").filter({ hasText: title });
  await expect(trail.getByTestId("audit-change")).toHaveCount(6);
  await expect(change("Ansökan skapad")).toContainText("Finansiär: Länsstyrelsen i Stockholms län");
  await expect(change("Ansökan skapad")).toContainText(`Sökt belopp: 900${NBSP}000${NBSP}kr`);
  await expect(change("Ansökan skapad")).toContainText("Anna Handläggare (demo)");
  await expect(change("Beslut: delvis beviljad")).toContainText(`Beviljat belopp: – → 500${NBSP}000${NBSP}kr`);
  await expect(change("Villkor tillagt")).toContainText("Stoppar utbetalning: Ja");
  await expect(change("Villkor uppfyllt")).toContainText("Underlag: – → Protokoll från styrgruppen");
  await expect(change("Utbetalning gjord")).toContainText(`Belopp: 500${NBSP}000${NBSP}kr`);
  await expectNoInternals(page, "sv");
  await page.screenshot(shot("grant-lifecycle"));
  await trail.screenshot({ path: shot("grant-trail-sv").path });

  // The same in English, and on a phone without sideways scrolling.
  await page.getByText("English", { exact: true }).click();
  await expect(change("Application created")).toContainText("Funder: Länsstyrelsen i Stockholms län");
  await expect(change("Decision: partially granted")).toContainText(`Amount granted: – → 500${NBSP}000${NBSP}kr`);
  await expect(change("Condition fulfilled")).toContainText("Evidence: – → Protokoll från styrgruppen");
  await expect(timeline.locator('[data-kind="DECIDED"]')).toContainText("Decision");
  await expect(timeline.locator('[data-kind="PAYMENT_PAID"]')).toContainText("Paid");
  await expectNoInternals(page, "en");
  await trail.screenshot({ path: shot("grant-trail-en").path });
  await timeline.screenshot({ path: shot("grant-timeline-en").path });
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.locator(".mantine-Notification-root")).toHaveCount(0);
  // The trail and the timeline fit the phone's width and need no scrolling of their own (other sections are measured elsewhere).
  for (const box of [trail, timeline]) {
    await box.scrollIntoViewIfNeeded();
    const { right, overflow } = await box.evaluate((el) => ({
      right: el.getBoundingClientRect().right,
      overflow: Math.max(...[el, ...el.querySelectorAll("*")].map((e) => e.scrollWidth - e.clientWidth)),
    }));
    expect(right).toBeLessThanOrEqual(390);
    expect(overflow).toBeLessThanOrEqual(0);
  }
  await trail.screenshot({ path: shot("grant-trail-en-390").path });
  await timeline.screenshot({ path: shot("grant-timeline-en-390").path });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByText("Svenska", { exact: true }).click();
  await expect(change("Ansökan skapad")).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  await trail.screenshot({ path: shot("grant-trail-sv-390").path });
  await timeline.screenshot({ path: shot("grant-timeline-sv-390").path });
  await page.setViewportSize({ width: 1280, height: 720 });

  await page.goto(`/attention?today=${TODAY}`);
  await expect(page.getByRole("heading", { name: "Att göra" })).toBeVisible();
  await expect(page.getByTestId("attention").locator("tr", { hasText: TITLE })).toHaveCount(0);

  // Taken into use: the API lists "reported" as the next step, refused until a final report is in,
  // and the page shows the step disabled with the API's reason in Swedish.
  await page.goto(grantUrl);
  await forms.action("Ta i bruk");
  await forms.dialog.getByRole("button", { name: "Bekräfta" }).click();
  await forms.expectClosed();
  await expect(page.getByTestId("actions").getByRole("button", { name: "Markera som redovisat" })).toBeDisabled();
  await expect(page.getByTestId("action-refusal")).toHaveText(
    "Markera som redovisat: Registrera en inkommen slutrapport innan bidraget markeras som redovisat",
  );
  await expect(page.getByTestId("actions").getByRole("button", { name: "Återta" })).toHaveCount(0);
  await page.getByTestId("actions").screenshot({ path: shot("grant-actions").path });
});

test("search in the header ignores case and diacritics", async ({ page }) => {
  await page.goto("/attention");
  await page.getByRole("searchbox", { name: /Sök bidrag/ }).fill("hasselby");
  const results = page.getByTestId("search-results");
  await expect(results.getByRole("option", { name: "Hässelby-Vällingby stadsdelsnämnd" })).toBeVisible();
  await results.getByRole("option", { name: /Utvecklingsmedel för pilotprojekt/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Utvecklingsmedel för pilotprojekt/ })).toBeVisible();
});

test("the programme overview sets the county allocation against what was granted", async ({ page }) => {
  await page.goto("/programmes");
  const card = page.getByTestId("programme").filter({ hasText: "Utvecklingsmedel till kvinnojoursverksamhet 2007–2008" });
  await expect(card.locator("tr", { hasText: "2008" })).toContainText(`≈ 21${NBSP}000${NBSP}000${NBSP}kr`);
  await expect(card.locator("tr", { hasText: "2008" })).toContainText(`2${NBSP}200${NBSP}000${NBSP}kr`);
  const chart = card.getByRole("slider", { name: "Utvecklingsmedel till kvinnojoursverksamhet 2007–2008" });
  await expect(chart.locator("svg rect")).not.toHaveCount(0);
  await chart.focus();
  await page.keyboard.press("End");
  await expect(chart).toHaveAttribute("aria-valuetext", new RegExp(`^2008: .*Beviljat 2${NBSP}200${NBSP}000${NBSP}kr`));
  await page.screenshot(shot("programmes"));
});
