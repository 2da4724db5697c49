import { expect, shot, test } from "../fixtures";

test("Haninge Kvinnojour: its page, the 2018 figures, an answered question, and a new value refused until it is possible", async ({
  page,
}) => {
  // The partner directory and the organisation's page.
  await page.goto("/partners");
  await page.getByLabel("Sök organisation").fill("haninge kvinnojour");
  await page.getByTestId("organisations").getByRole("link", { name: "Haninge Kvinnojour" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Haninge Kvinnojour" })).toBeVisible();
  await expect(page.getByTestId("roles")).toContainText("NEJ till VÅLD mot kvinnor och barn");
  await expect(page.getByTestId("org-agreements")).toContainText("Nästa uppföljning: 2023-03-01");
  await page.screenshot(shot("partner-haninge"));

  // The 2018 figures.
  await page.goto("/statistics");
  await page.getByTestId("indicators").getByText("Kvinnor som kontaktat jouren via telefon eller mejl").click();
  await expect(page.getByRole("heading", { level: 2, name: "Kvinnor som kontaktat jouren via telefon eller mejl" })).toBeVisible();
  const table = page.getByTestId("observations");
  await expect(table.locator("tr", { hasText: "Totalt" })).toContainText("143");
  await expect(table.locator("tr", { hasText: "Bosatta i Haninge kommun" })).toContainText("138");
  await expect(table).toContainText("2018-01-01 – 2018-12-31");
  // The same figures over time, one line per breakdown, read out by the chart's value text.
  const chart = page.getByRole("slider", { name: "Kvinnor som kontaktat jouren via telefon eller mejl: Över tid" });
  await chart.focus();
  await page.keyboard.press("Home");
  await expect(chart).toHaveAttribute("aria-valuetext", /^2018-12-31: .*Totalt 143/);
  await expect(chart).toHaveAttribute("aria-valuetext", /Bosatta i Haninge kommun 138/);
  await page.getByTestId("indicators").getByText("Stöd- och rådgivningssamtal").click();
  await expect(page.getByRole("heading", { level: 2, name: "Stöd- och rådgivningssamtal" })).toBeVisible();
  await expect(page.getByTestId("observations")).toContainText("2\u00a0137");

  // One answered question of the follow-up.
  await page.goto("/evaluations");
  await page.getByTestId("evaluations").getByRole("link", { name: "Uppföljning av socialnämndens avtal med Haninge Kvinnojour" }).click();
  await expect(page.getByTestId("question-8")).toContainText("Beskriv föreningens tillgänglighet för Haningebor?");
  await expect(page.getByTestId("question-8").getByRole("textbox")).toHaveValue("Vardagar mellan 10.00–15.00, övrig tid telefonsvarare.");

  // A new value: impossible ones are refused, first as typed, then by the server; nothing is stored.
  await page.goto("/statistics");
  await page.getByTestId("indicators").getByText("Kvinnor som kontaktat jouren via telefon eller mejl").click();
  await expect(page.getByRole("heading", { level: 2, name: "Kvinnor som kontaktat jouren via telefon eller mejl" })).toBeVisible();
  await page.getByRole("button", { name: "Nytt värde" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Period från").fill("2018-01-01");
  await dialog.getByLabel("Period till").fill("2018-12-31");
  await dialog.getByLabel("Uppdelning").fill("Bosatta utanför Haninge");
  await dialog.getByRole("textbox", { name: /^Värde/ }).fill("-3");
  await expect(dialog.getByText("Värdet kan inte vara negativt")).toBeVisible();
  await dialog.getByRole("textbox", { name: /^Värde/ }).fill("150");
  await dialog.getByRole("button", { name: "Spara" }).click();
  // The server's refusal stands at the value, once (not again in an alert).
  await expect(dialog.getByText("Uppdelningen (150) kan inte vara större än totalen (143) för samma period")).toBeVisible();
  await expect(dialog.getByTestId("form-error")).toHaveCount(0);
  await dialog.getByRole("textbox", { name: /^Värde/ }).fill("5");
  await dialog.getByRole("button", { name: "Spara" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("observations").locator("tr", { hasText: "Bosatta utanför Haninge" })).toContainText("5");

  // A count of 3 people for a new year is shown only as <5.
  await page.getByRole("button", { name: "Nytt värde" }).click();
  await dialog.getByLabel("Period från").fill("2019-01-01");
  await dialog.getByLabel("Period till").fill("2019-12-31");
  await dialog.getByRole("textbox", { name: /^Värde/ }).fill("3");
  await dialog.getByRole("button", { name: "Spara" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("observations").locator("tr", { hasText: "2019-01-01" })).toContainText("<5");
  await page.screenshot(shot("statistics-haninge"));

  // The indicator itself is edited in the browser: a stale version is refused, the change is in its trail.
  await page.getByRole("button", { name: "Ändra indikator" }).click();
  await dialog.getByLabel("Definition").fill("Kvinnor som själva kontaktat jouren (telefon eller mejl), per kalenderår");
  await dialog.getByRole("button", { name: "Spara" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText("Kvinnor som själva kontaktat jouren (telefon eller mejl), per kalenderår")).toBeVisible();
  await page.getByRole("button", { name: "Ändra indikator" }).click();
  const trailRow = dialog.getByTestId("audit").getByTestId("audit-change").filter({ hasText: "Indikator ändrad" });
  await expect(trailRow).toContainText("Definition: ");
  await expect(trailRow).toContainText("per kalenderår");
  await page.screenshot(shot("indicator-trail"));
  await dialog.getByRole("button", { name: "Avbryt" }).click();
});

test("the network shows who works with whom", async ({ page }) => {
  await page.goto("/partners?view=network");
  const row = page.getByTestId("network").locator("tr", { hasText: "Västerorts polismästardistrikt" });
  await expect(row).toContainText("Deltagare 2007–");
});

test("organisations and agreements are edited in the browser, with their rules", async ({ page }) => {
  await page.goto("/partners");
  await page.getByRole("button", { name: "Ny organisation" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("textbox", { name: /^Namn/ }).fill("Testjouren i Haninge");
  await dialog.getByLabel("Organisationsnummer").fill("802015-1561");
  await expect(dialog.getByText("Ogiltigt organisationsnummer")).toBeVisible();
  await dialog.getByLabel("Organisationsnummer").fill("802015-1562");
  await dialog.getByLabel("Kommun").fill("Haninge");
  await dialog.getByRole("button", { name: "Spara" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Testjouren i Haninge" })).toBeVisible();
  await expect(page.getByRole("paragraph").filter({ hasText: /^802015-1562$/ })).toBeVisible();
  // The new organisation's own audit trail: who created it, with what.
  await expect(page.getByTestId("audit").getByTestId("audit-change").filter({ hasText: "Organisation skapad" })).toContainText(
    "Organisationsnummer: 802015-1562",
  );
  await page.getByRole("button", { name: "Lägg till roll" }).click();
  await dialog.getByRole("combobox", { name: /^Projekt/ }).click();
  await page.getByRole("option", { name: "Haninge Kvinnojours verksamhet" }).click();
  await dialog.getByLabel("Från år").fill("2020");
  await dialog.getByLabel("Till år").fill("2019");
  await expect(dialog.getByText("Till-året kan inte ligga före från-året")).toBeVisible();
  await dialog.getByLabel("Till år").fill("2021");
  await dialog.getByRole("button", { name: "Spara" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("roles")).toContainText("2020–2021");

  await page.goto("/evaluations");
  await expect(page.getByTestId("next-follow-up")).toHaveText("2023-03-01");
  await page.getByRole("button", { name: "Ändra avtal" }).click();
  await dialog.getByLabel("Uppföljning vart N:e år").fill("3");
  await dialog.getByRole("button", { name: "Spara" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("next-follow-up")).toHaveText("2022-03-01");
  // The change is in the agreement's trail, below its form.
  await page.getByRole("button", { name: "Ändra avtal" }).click();
  const change = dialog.getByTestId("audit").getByTestId("audit-change").filter({ hasText: "Avtal ändrat" });
  await expect(change).toContainText("Uppföljningsintervall (år): 4 → 3");
  await page.screenshot({ path: "screenshots/agreement-trail.png" });
});

test("an indicator reported by many: one reporter at a time in the chart, the chosen one first on a phone", async ({ page }) => {
  // An indicator that nine organisations report (made through the API as a statistician would).
  const gql = async (query: string, variables: Record<string, unknown>) => {
    const body = await (await page.request.post("/graphql", { data: { query, variables } })).json();
    expect(body.errors, query).toBeUndefined();
    return body.data;
  };
  const orgs = (
    await gql(`{ organisations(first: 9, orderBy: [{ field: NAME }]) { edges { node { id name } } } }`, {})
  ).organisations.edges.map((e: { node: { id: string; name: string } }) => e.node);
  expect(orgs).toHaveLength(9);
  const NAME = "Samtal till kvinnojourer i länet";
  const indicator = (
    await gql(`mutation ($input: IndicatorInput!) { addIndicator(input: $input) { id } }`, {
      input: { name: NAME, unit: "samtal", countsPeople: false },
    })
  ).addIndicator;
  for (const [i, org] of orgs.entries()) {
    for (const year of [2021, 2022]) {
      await gql(`mutation ($input: ObservationInput!) { addObservation(input: $input) { id } }`, {
        input: {
          indicatorId: indicator.id,
          organisationId: org.id,
          periodStart: `${year}-01-01`,
          periodEnd: `${year}-12-31`,
          value: 100 + i + year - 2021,
        },
      });
    }
  }

  // The first organisation reports for a project as well: that is a reporter (and a line) of its own.
  const project = (await gql(`{ projects(first: 1, orderBy: [{ field: NAME }]) { edges { node { id name } } } }`, {})).projects.edges[0]
    .node;
  await gql(`mutation ($input: ObservationInput!) { addObservation(input: $input) { id } }`, {
    input: {
      indicatorId: indicator.id,
      organisationId: orgs[0].id,
      projectId: project.id,
      periodStart: "2021-01-01",
      periodEnd: "2021-12-31",
      value: 7,
    },
  });

  await page.goto(`/statistics?indicator=${encodeURIComponent(indicator.id)}`);
  await expect(page.getByRole("heading", { level: 2, name: NAME })).toBeVisible();
  const table = page.getByTestId("observations").locator("tbody tr");
  await expect(table).toHaveCount(19);
  // Ten lines are more than a chart can show: it asks for one reporter.
  await expect(page.getByTestId("chart-too-many")).toHaveText(
    "10 serier är för många för ett diagram (högst 8): välj en uppgiftslämnare ovan.",
  );
  const reporter = page.getByRole("combobox", { name: "Uppgiftslämnare" });
  await expect(reporter).toHaveAttribute("placeholder", "Alla 10 uppgiftslämnare");
  await reporter.click();
  await page.getByRole("option", { name: `${orgs[0].name} – ${project.name}`, exact: true }).click();
  await expect(table).toHaveCount(1);
  await expect(table.first()).toContainText("7");
  await reporter.click();
  await page.getByRole("option", { name: orgs[0].name, exact: true }).click();
  await expect(table).toHaveCount(2);
  await reporter.click();
  await page.getByRole("option", { name: orgs[3].name, exact: true }).click();
  await expect(page).toHaveURL(/reporter=/);
  await expect(table).toHaveCount(2);
  await expect(table.first()).toContainText("103");
  const chart = page.getByRole("slider", { name: `${NAME}: Över tid` });
  await chart.focus();
  await page.keyboard.press("End");
  await expect(chart).toHaveAttribute("aria-valuetext", /^2022-12-31: .*104/);
  // The address keeps the choice; another indicator starts from every reporter again.
  await page.reload();
  await expect(table).toHaveCount(2);
  await page.getByTestId("indicators").getByText("Stöd- och rådgivningssamtal").click();
  await expect(page).not.toHaveURL(/reporter=/);
  await expect(page.getByRole("combobox", { name: "Uppgiftslämnare" })).toHaveCount(0);

  // On a phone the chosen indicator's values come before the list of indicators.
  await page.goto(`/statistics?indicator=${encodeURIComponent(indicator.id)}`);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole("heading", { level: 2, name: NAME })).toBeVisible();
  const values = await page.getByRole("heading", { level: 2, name: NAME }).boundingBox();
  const list = await page.getByTestId("indicators").boundingBox();
  expect(values && list && values.y < list.y).toBe(true);
  await expect(page.getByTestId("indicators").getByRole("heading", { name: "Indikatorer" })).toBeVisible();
  expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);
  await page.screenshot({ path: shot("statistics-reporters-390").path });
  // Choosing another indicator from the list below brings its values into view, with the keyboard's focus.
  await page.getByTestId("indicators").getByText("Stöd- och rådgivningssamtal").click();
  const heading = page.getByRole("heading", { level: 2, name: "Stöd- och rådgivningssamtal" });
  await expect(heading).toBeInViewport();
  await expect(heading).toBeFocused();
  // In the page as on the screen: the values before the list.
  const valuesFirst = await page.evaluate(
    `!!(document.getElementById("indicator-heading").compareDocumentPosition(document.querySelector("[data-testid=indicators]")) & Node.DOCUMENT_POSITION_FOLLOWING)`,
  );
  expect(valuesFirst).toBe(true);
});
