import { readFile } from "node:fs/promises";
import { type Page, type Response, request } from "@playwright/test";
import { apiAs, expect, shot, test } from "../fixtures";
import { swedishOn } from "../pages/swedish-wordings";

// The project lead of Relationsvåldscentrum (a demo user) keeps their project financed.
test.use({ as: "lead" });

const NBSP = "\u00a0";
const kr = (digits: string) => `${digits.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP)}${NBSP}kr`;

/** A pending application for 2011, made through the API as another officer would have. */
async function applyFor2011(request: import("@playwright/test").APIRequestContext, projectId: string) {
  const gql = async (query: string, variables: Record<string, unknown>) =>
    (await (await request.post("/graphql", { data: { query, variables } })).json()).data;
  const orgs = await gql(`{ organisations(first: 100) { edges { node { id name } } } }`, {});
  const id = (n: string) => orgs.organisations.edges.find((e: { node: { name: string } }) => e.node.name === n).node.id;
  const created = await gql(`mutation ($input: GrantApplicationInput!) { createGrant(input: $input) { id version } }`, {
    input: {
      title: "Permanent verksamhet 2011",
      funderId: id("Länsstyrelsen i Stockholms län"),
      applicantId: id("Socialtjänst- och arbetsmarknadsförvaltningen"),
      recipientId: id("Socialtjänst- och arbetsmarknadsförvaltningen"),
      projectId,
      amountApplied: "900000",
      periodStartYear: 2011,
      periodEndYear: 2011,
    },
  });
  await gql(`mutation ($id: ID!, $v: Int!) { submitGrant(id: $id, expectedVersion: $v) { id } }`, {
    id: created.createGrant.id,
    v: created.createGrant.version,
  });
}

type Figures = { data: { node: { financing: { year: number; secured: string; gap: string | null }[] } } };

/** The page's requests for the computed figures under a what-if (the API computes them; the browser only shows them). */
const isWhatIfRequest = (r: Response | import("@playwright/test").Request) => {
  const req = "request" in r ? r.request() : r;
  const body = req.method() === "POST" && req.url().endsWith("/graphql") ? req.postDataJSON() : null;
  return body?.operationName === "ProjectFinancingFigures" && Array.isArray(body.variables?.whatIf);
};

/** Does `act`, and answers the server's figures for the year that the what-if request it caused got back. */
async function whatIfFromServer(page: Page, year: number, act: () => Promise<void>) {
  const [response] = await Promise.all([page.waitForResponse(isWhatIfRequest), act()]);
  const body = (await response.json()) as Figures;
  return { sent: response.request().postDataJSON().variables.whatIf, year: body.data.node.financing.find((y) => y.year === year) };
}

test("Relationsvåldscentrum: 2010's gap, editing, what-if and the CSV for the committee", async ({ page, baseURL }) => {
  await page.goto("/financing?year=2010");
  const row = page.getByTestId("portfolio").locator("tr", { hasText: "Relationsvåldscentrum" });
  await expect(row).toContainText(kr("400000"));
  await row.getByRole("link", { name: "Relationsvåldscentrum" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Relationsvåldscentrum" })).toBeVisible();
  const projectId = decodeURIComponent(new URL(page.url()).pathname.split("/").pop() as string);

  // The seeded truth: 500 000 granted of 900 000 applied for 2010, and the partners 2007–2009.
  const y2010 = page.getByTestId("summary-2010");
  await expect(y2010.getByTestId("need")).toHaveText(kr("900000"));
  await expect(y2010.getByTestId("secured")).toHaveText(kr("500000"));
  await expect(y2010.getByTestId("gap")).toHaveText(kr("400000"));
  await expect(page.getByTestId("warnings")).toContainText("Permanent finansiering är inte säkrad");
  const matrix = page.getByTestId("matrix");
  for (const partner of ["Hässelby-Vällingby stadsdelsnämnd", "Bromma stadsdelsnämnd", "Ekerö kommun", "Solna stad"]) {
    await expect(matrix.locator("tr", { hasText: partner })).toContainText(kr("150000"));
  }
  await expect(matrix.locator("tr", { hasText: "Västerorts polismästardistrikt" })).toContainText("Lokaler");
  // Each year's total and the whole: seven partners × 150 000 kr a year, 2007–2009 (premises in kind add nothing).
  await expect(page.getByTestId("matrix-totals")).toContainText(kr("1050000"));
  await expect(page.getByTestId("matrix-totals")).toContainText(kr("3150000"));
  await page.screenshot(shot("financing-rvc-2010"));

  // Opened without a year, the project shows its last year with figures (2010, not an empty current year),
  // and the gap names who paid before: the seven partners' 150 000 kr for 2009.
  await page.goto(`/financing/${encodeURIComponent(projectId)}`);
  await expect(page.getByLabel("Referensår")).toHaveValue("2010");
  await expect(page.getByTestId("summary-2010").getByTestId("gap")).toHaveText(kr("400000"));
  const sources = page.getByTestId("possible-sources");
  // The first five, and the rest on request (a large county's gap can have dozens).
  await expect(sources.getByRole("listitem")).toHaveCount(5);
  await sources.getByRole("button", { name: "Visa alla 7" }).click();
  await expect(sources.getByRole("listitem")).toHaveCount(7);
  await expect(sources).toContainText(`Hässelby-Vällingby stadsdelsnämnd: ${kr("150000")} för 2009`);
  await expect(sources).not.toContainText("Västerorts polismästardistrikt");
  await page.screenshot(shot("financing-possible-sources"));

  // The city applies for 2011 (entered by the county board's officer): the warning goes, and the what-if becomes possible.
  await applyFor2011(await apiAs(baseURL as string, "officer"), projectId);
  await page.reload();
  await expect(page.getByTestId("warnings")).not.toContainText("Permanent finansiering");

  // The lead enters 2011's budget and a pledge from Solna.
  await page.getByRole("button", { name: "Ange budgetbehov" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("År").fill("2011");
  await dialog.getByRole("textbox", { name: /^Behov/ }).fill("1,2 mkr");
  await dialog.getByRole("button", { name: "Spara" }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole("button", { name: "Lägg till medfinansiering" }).click();
  await dialog.getByRole("combobox", { name: /^Part/ }).click();
  await page.getByRole("option", { name: "Solna stad", exact: true }).click();
  await dialog.getByLabel("År").fill("2011");
  await dialog.getByLabel("Belopp (kr)").fill("-5");
  await expect(dialog.getByText("Beloppet får inte vara negativt")).toBeVisible();
  await dialog.getByLabel("Belopp (kr)").fill("150 000 kr");
  await dialog.getByRole("button", { name: "Spara" }).click();
  await expect(dialog).toBeHidden();

  const y2011 = page.getByTestId("summary-2011");
  await expect(y2011.getByTestId("need")).toHaveText(kr("1200000"));
  await expect(y2011.getByTestId("secured")).toHaveText(kr("0"));
  await expect(y2011.getByTestId("pending")).toHaveText(kr("1050000"));
  await expect(y2011.getByTestId("gap")).toHaveText(kr("1200000"));
  // Both changes are in the project's audit trail, with who made them.
  const trail = page.getByTestId("audit");
  await expect(trail.getByTestId("audit-change").filter({ hasText: "Budgetår tillagt" })).toContainText(`Behov: ${kr("1200000")}`);
  const contribution = trail.getByTestId("audit-change").filter({ hasText: "Medfinansiering tillagd" });
  await expect(contribution).toContainText(`Belopp: ${kr("150000")}`);
  await expect(contribution).toContainText("Part: Solna stad");

  // What if the county board grants it in full, in part, or not at all? The API answers; nothing is saved.
  const whatIf = page.getByTestId("what-if");
  const full = await whatIfFromServer(page, 2011, () => whatIf.getByText("Beviljas helt").click());
  expect(full.sent).toEqual([{ grantId: expect.any(String), outcome: "GRANTED" }]);
  expect(full.year).toMatchObject({ secured: "900000", gap: "300000" });
  await expect(y2011.getByTestId("gap")).toHaveText(kr("300000"));
  await whatIf.getByText("Delvis").click();
  // Typing is debounced: one request for the whole amount, none for its first digits.
  const sent: unknown[] = [];
  page.on("request", (r) => isWhatIfRequest(r) && sent.push(r.postDataJSON().variables.whatIf));
  const partial = await whatIfFromServer(page, 2011, () => whatIf.getByLabel("Belopp (kr)").pressSequentially("500000"));
  expect(partial.sent).toEqual([{ grantId: expect.any(String), outcome: "PARTIALLY_GRANTED", amount: "500000" }]);
  expect(partial.year).toMatchObject({ secured: "500000", gap: "700000" });
  await expect(y2011.getByTestId("gap")).toHaveText(kr("700000"));
  expect(sent.filter((w) => JSON.stringify(w).includes('"amount"'))).toHaveLength(1);
  // Amounts as Swedes write them: "0,6 mkr" is 600 000; text that is no amount, or a negative one, is said and not sent.
  const amount = whatIf.getByLabel("Belopp (kr)");
  const millions = await whatIfFromServer(page, 2011, () => amount.fill("0,6 mkr"));
  expect(millions.sent).toEqual([{ grantId: expect.any(String), outcome: "PARTIALLY_GRANTED", amount: "600000" }]);
  await expect(y2011.getByTestId("gap")).toHaveText(kr("600000"));
  await amount.fill("60 000 k");
  await expect(whatIf.getByText("Ange ett belopp i kronor, t.ex. 60 000")).toBeVisible();
  await amount.fill("-5");
  await expect(whatIf.getByText("Beloppet kan inte vara negativt")).toBeVisible();
  await expect(y2011.getByTestId("gap")).toHaveText(kr("1200000"));
  await amount.fill("60 000 kr");
  await expect(y2011.getByTestId("gap")).toHaveText(kr("1140000"));
  await whatIf.getByText("Avslås").click();
  await expect(y2011.getByTestId("gap")).toHaveText(kr("1200000"));
  await whatIf.getByText("Beviljas helt").click();
  await expect(y2011.getByTestId("gap")).toHaveText(kr("300000"));
  await expect(page.getByTestId("financing-table").locator("tr", { hasText: "Permanent verksamhet 2011" })).toContainText("(?)");
  // The page fits a wide screen and a phone, what-if and all.
  for (const [width, height] of [
    [1440, 900],
    [390, 844],
  ]) {
    await page.setViewportSize({ width, height });
    await expect(y2011.getByTestId("gap")).toHaveText(kr("300000"));
    // Measured once the saved-notices have gone and the layout has settled after the resize.
    await expect(page.locator(".mantine-Notification-root")).toHaveCount(0);
    await expect
      .poll(() => page.evaluate("document.documentElement.scrollWidth"), { message: `the page is wider than ${width} px` })
      .toBeLessThanOrEqual(width);
    await page.screenshot(shot(`financing-what-if-${width}`));
  }
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.reload();
  await expect(page.getByTestId("summary-2011").getByTestId("gap")).toHaveText(kr("1200000"));

  // The committee gets the table as CSV (and XLSX), and a clean print.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV" }).click()]);
  expect(download.suggestedFilename()).toBe("Relationsvåldscentrum-finansiering.csv");
  const csv = await readFile((await download.path()) as string, "utf8");
  expect(csv.startsWith("\uFEFFProjekt;År;Post;Källa;Slag;Status;Belopp (kr);Anmärkning")).toBe(true);
  expect(csv).toContain("Relationsvåldscentrum;2010;Gap;;;;400000;");
  expect(csv).toContain("Relationsvåldscentrum;2008;Källa;Ekerö kommun;kontant;säkrad;150000;");
  expect(csv).toContain("Relationsvåldscentrum;2011;Behov;budget;;;1200000;");
  expect(csv).toContain("Relationsvåldscentrum;2011;Källa;Solna stad;kontant;sökt/utlovad;150000;");
  const xlsx = await page.request.get(`/exports/projects/${encodeURIComponent(projectId)}/financing.xlsx`);
  expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
  await page.getByRole("button", { name: "Kalender (iCal)" }).click();
  await page.getByRole("button", { name: "Skapa kalenderlänk" }).click();
  await expect(page.getByTestId("calendar-url")).toContainText("/calendar/projects/");
  // The link works without logging in (calendar programs cannot), and only for the calendar.
  const feedUrl = (await page.getByTestId("calendar-url").textContent()) as string;
  const anonymous = await request.newContext();
  const feed = await anonymous.get(feedUrl);
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain("BEGIN:VCALENDAR");
  await page.keyboard.press("Escape");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation")).toBeHidden();
  await page.screenshot(shot("financing-print"));
});

// Runs after the test above, which left Relationsvåldscentrum with a 2011 budget of 1,2 mkr and nothing secured for it.
test("the portfolio's next unfinanced year, and a programme that could close a gap, in Swedish and English, wide and on a phone", async ({
  page,
}) => {
  // Without a chosen year the portfolio (the lead's: their one project) opens on the next year with a gap:
  // no gap lies ahead of today in the papers, so the latest open gap, Relationsvåldscentrum's 2011.
  await page.goto("/financing");
  await expect(page.getByLabel("Referensår")).toHaveValue("2011");
  const portfolio = page.getByTestId("portfolio");
  await expect(portfolio.getByRole("columnheader", { name: "Nästa ofinansierade år" })).toBeVisible();
  const next = (project: string) => portfolio.locator("tr", { hasText: project }).getByTestId("next-unfinanced");
  await expect(next("Relationsvåldscentrum")).toHaveAttribute("data-year", "2011");
  await expect(next("Relationsvåldscentrum")).toContainText(kr("1200000"));
  // Solna pledged for 2011 and Länsstyrelsen has an application for it: the six other partners remain.
  await expect(next("Relationsvåldscentrum").getByTestId("next-unfinanced-sources")).toHaveText("6 möjliga källor");
  await page.screenshot(shot("financing-portfolio-next-unfinanced"));
  // The download holds the column too: the year, its gap, and its warnings with the possible sources by name.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("portfolio-export").getByRole("button", { name: "CSV" }).click(),
  ]);
  const csv = (await readFile((await download.path()) as string, "utf8")).split("\r\n");
  expect(csv[0]).toContain(";Nästa ofinansierade år;Gap nästa ofinansierade år;Varningar nästa ofinansierade år");
  const rvcLine = csv.find((l) => l.startsWith("Relationsvåldscentrum;")) as string;
  expect(rvcLine).toMatch(/;2011;1200000;"?2011 slutar med ett gap på 1\s200\s000\skr\. Vem kan bidra\?/);
  expect(rvcLine).toContain("Hässelby-Vällingby stadsdelsnämnd");

  // The lead records 2008's budget above what the partners paid: 2008, a year of the government's programme
  // for women's shelters, now has a gap. Every partner paid for 2008, so only the programme is named.
  await next("Relationsvåldscentrum").getByRole("link", { name: "2011" }).click();
  await expect(page).toHaveURL(/year=2011/);
  await page.getByLabel("Referensår").fill("2008");
  await page.getByRole("button", { name: "Ange budgetbehov" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("År").fill("2008");
  await dialog.getByRole("textbox", { name: /^Behov/ }).fill("1,5 mkr");
  await dialog.getByRole("button", { name: "Spara" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("summary-2008").getByTestId("gap")).toHaveText(kr("450000"));
  const sources = page.getByTestId("possible-sources");
  await expect(sources.getByTestId("possible-sources-paid")).toHaveCount(0);
  const programmes = sources.getByTestId("possible-sources-programmes");
  await expect(programmes).toContainText("Program som pågår 2008 och passar projektet:");
  const programme = "Utvecklingsmedel till kvinnojoursverksamhet 2007–2008";
  // What it granted the city's administration went to Q-jouren, a project this lead does not see.
  await expect(programmes.getByRole("listitem")).toHaveText(
    `${programme}: inget tidigare beviljat till projektet eller dess mottagare som du kan se`,
  );
  await page.screenshot(shot("financing-programme-source"));

  // In English, the same panel in English words.
  await page.getByText("English", { exact: true }).click();
  await expect(programmes).toContainText("Programmes running in 2008 that fit the project:");
  await expect(programmes.getByRole("listitem")).toHaveText(
    `${programme}: nothing granted before to the project or its recipient that you can see`,
  );
  expect(await swedishOn(page)).toEqual([]);

  // The programme's name leads to its card on the programme overview.
  await programmes.getByRole("link", { name: programme }).click();
  await expect(page).toHaveURL(/\/programmes#/);
  const card = page.locator(`[id="${decodeURIComponent(new URL(page.url()).hash.slice(1))}"]`);
  await expect(card.getByRole("heading", { name: programme })).toBeInViewport();

  // The portfolio in English, on a wide screen and on a phone (the table scrolls in its frame, not the page).
  await page.goto("/financing");
  await expect(page.getByRole("columnheader", { name: "Next unfinanced year" })).toBeVisible();
  await expect(next("Relationsvåldscentrum").getByTestId("next-unfinanced-sources")).toHaveText("6 possible sources");
  expect(await swedishOn(page)).toEqual([]);
  for (const [width, height] of [
    [1440, 900],
    [390, 844],
  ]) {
    await page.setViewportSize({ width, height });
    // The column comes right after the project's name, so a phone shows it without scrolling the table.
    await expect(next("Relationsvåldscentrum")).toBeInViewport();
    await expect
      .poll(() => page.evaluate("document.documentElement.scrollWidth"), { message: `the page is wider than ${width} px` })
      .toBeLessThanOrEqual(width);
    if (width < 400) await expect(page.getByRole("navigation")).not.toBeInViewport();
    await page.screenshot(shot(`financing-portfolio-en-${width}`));
  }
});

test("the financing chart shows a year's sources by pointer and by keyboard, inside the card on a phone", async ({ page }) => {
  await page.goto("/financing?year=2010");
  await page.getByTestId("portfolio").getByRole("link", { name: "Relationsvåldscentrum" }).click();
  const chart = page.getByTestId("financing-chart").getByRole("slider", { name: "Finansiering per år och källa" });
  // One band per year with figures, 2007–2011 (the earlier tests added 2008's and 2011's budgets).
  for (const year of ["2007", "2010", "2011"]) await expect(chart.locator("svg text", { hasText: year })).toHaveCount(1);

  // Pointing at 2010: the granted 500 000 kr of a need of 900 000 kr, and the partners' cash gone.
  const label = await chart.locator("svg text", { hasText: "2010" }).boundingBox();
  const box = await chart.boundingBox();
  if (!label || !box) throw new Error("the chart is not drawn");
  await chart.hover({ position: { x: label.x - box.x + label.width / 2, y: box.height / 2 } });
  const tooltip = chart.getByTestId("chart-tooltip");
  await expect(tooltip).toContainText("2010");
  await expect(tooltip).toContainText(`Bidrag (beviljat)500${NBSP}000${NBSP}kr`);
  await expect(tooltip).toContainText(`Behov900${NBSP}000${NBSP}kr`);
  await expect(tooltip).toContainText(`Medfinansiering kontant0${NBSP}kr`);
  await page.mouse.move(0, 0);
  await expect(tooltip).toBeHidden();

  // By keyboard: Tab to the chart, Home and the arrow keys walk the years; the value text reads them out.
  await chart.focus();
  await page.keyboard.press("Home");
  await expect(chart).toHaveAttribute("aria-valuetext", new RegExp(`^2007: .*Medfinansiering kontant 1${NBSP}050${NBSP}000${NBSP}kr`));
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(chart).toHaveAttribute("aria-valuetext", new RegExp(`^2010: Bidrag \\(beviljat\\) 500${NBSP}000${NBSP}kr`));
  await expect(tooltip).toContainText("2010");
  await page.keyboard.press("Escape");
  await expect(tooltip).toBeHidden();

  // On a phone the tooltip stays inside the chart (and the page no wider than the screen).
  await page.setViewportSize({ width: 390, height: 844 });
  await chart.scrollIntoViewIfNeeded();
  await page.keyboard.press("End");
  await expect(tooltip).toContainText("2011");
  const [tip, frame] = [await tooltip.boundingBox(), await chart.boundingBox()];
  if (!tip || !frame) throw new Error("no tooltip");
  expect(tip.x).toBeGreaterThanOrEqual(frame.x - 0.5);
  expect(tip.x + tip.width).toBeLessThanOrEqual(frame.x + frame.width + 0.5);
  expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);
  await page.getByTestId("financing-chart").screenshot(shot("financing-chart-phone"));
});

test.describe("the county's portfolio", () => {
  test.use({ as: "officer" });

  test("a search by name narrows the portfolio and its download, kept in the address", async ({ page }) => {
    await page.goto("/financing?year=2010");
    const rows = page.getByTestId("portfolio").locator("tbody tr");
    await expect(rows.filter({ hasText: "Q-jouren" })).toHaveCount(1);
    const all = await rows.count();
    expect(all).toBeGreaterThan(1);
    // Case, accents and å/ä/ö folded, as the search box in the header does.
    await page.getByLabel("Sök projekt").fill("RELATIONSVALD");
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText("Relationsvåldscentrum");
    await expect(page).toHaveURL(/year=2010/);
    await expect(page).toHaveURL(/q=RELATIONSVALD/);
    await expect(page.getByTestId("show-more")).toHaveCount(0);
    await page.screenshot(shot("financing-portfolio-search"));
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("portfolio-export").getByRole("button", { name: "CSV" }).click(),
    ]);
    const csv = (await readFile((await download.path()) as string, "utf8")).split("\r\n").filter((l) => l.trim());
    expect(csv.filter((l) => l.startsWith("Relationsvåldscentrum;"))).toHaveLength(1);
    expect(csv.some((l) => l.startsWith("Q-jouren;"))).toBe(false);
    // Nothing matches: said in words; reloading the address keeps the search.
    await page.getByLabel("Sök projekt").fill("finns inte");
    await expect(page.getByTestId("portfolio-no-match")).toHaveText("Inget projekt har ett namn som innehåller sökningen.");
    await page.reload();
    await expect(page.getByLabel("Sök projekt")).toHaveValue("finns inte");
    await page.getByLabel("Sök projekt").fill("");
    await expect(rows).toHaveCount(all);
  });
});
