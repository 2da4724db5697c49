import { expect, test } from "../fixtures";
import { download, lines } from "../pages/downloads";

// An analyst downloads what the lists show; nothing is changed.
test.use({ as: "analyst" });

const Q_JOUREN = "Stöd till RFHL Stockholms projekt Q-jouren";

test("the grant list downloads every matching grant, in the chosen language, as CSV and Excel", async ({ page, grantsPage }) => {
  await grantsPage.open();
  await grantsPage.filterByFunder("Länsstyrelsen i Stockholms län");
  await expect(grantsPage.rows).toHaveCount(5);
  const group = page.getByTestId("grants-export");

  const csv = await download(page, group, "CSV");
  expect(csv.name).toMatch(/^bidrag-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(csv.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const rows = lines(csv.bytes);
  expect(rows[0]).toBe(
    "Rubrik;Finansiär;Finansiärens diarienummer;Sökande;Mottagare;Bidragsprogram;Projekt;Status;Sökt belopp;Beviljat belopp;Utbetalt;Kvar att betala ut;Beslutsdatum;Från år;Till år",
  );
  expect(rows).toHaveLength(1 + 5);
  const q = rows.find((r) => r.startsWith(Q_JOUREN));
  expect(q).toContain(";704-07-89225;");
  expect(q).toContain(";2200000;");

  const xlsx = await download(page, group, "Excel (XLSX)");
  expect(xlsx.name).toMatch(/^bidrag-\d{4}-\d{2}-\d{2}\.xlsx$/);
  expect(xlsx.bytes.subarray(0, 2).toString()).toBe("PK");

  await page.getByText("English", { exact: true }).click();
  const english = lines((await download(page, page.getByTestId("grants-export"), "CSV")).bytes);
  expect(english[0]).toMatch(/^Title;Funder;Funder's reference number;Applicant;Recipient;/);
  // The status in words of the chosen language.
  const status = (row: string | undefined) => row?.split(";")[7];
  expect(status(english.find((r) => r.startsWith(Q_JOUREN)))).not.toBe(status(q));
  expect(status(english.find((r) => r.startsWith(Q_JOUREN)))).toMatch(/^[A-Z][a-z ]+$/);
});

test("the to-do list, the financing portfolio and the statistics download what they show", async ({ page }) => {
  await page.goto("/attention?today=2009-06-01&days=30");
  const shown = page.getByTestId("attention").locator("tbody tr");
  await expect(shown.first()).toBeVisible();
  const shownItems = await shown.count();
  const attention = lines((await download(page, page.getByTestId("attention-export"), "CSV")).bytes);
  expect(attention[0]).toBe("Vad;Bidrag;Detalj;Senast;Dagar kvar (negativt: försenat);Beviljat belopp;Utbetalt");
  expect(attention).toHaveLength(1 + shownItems);
  // The list counts each kind and filters by it (the file holds what is shown), and by funder.
  const kinds = page.getByTestId("attention-kinds");
  await expect(kinds).toContainText("Väntar på beslut (3)");
  await kinds.getByText(/^Väntar på beslut/).click();
  await expect(page).toHaveURL(/kinds=PENDING_DECISION/);
  await expect(shown).toHaveCount(3);
  expect(lines((await download(page, page.getByTestId("attention-export"), "CSV")).bytes)).toHaveLength(1 + 3);
  await kinds.getByText(/^Väntar på beslut/).click();
  await page.getByRole("combobox", { name: "Finansiär" }).click();
  await page.getByRole("option", { name: "Länsstyrelsen i Stockholms län" }).click();
  await expect(page).toHaveURL(/funder=/);
  await expect(shown.first()).toBeVisible();
  expect(await shown.count()).toBeLessThan(shownItems);

  await page.goto("/financing?year=2010");
  await expect(page.getByTestId("portfolio")).toContainText("Relationsvåldscentrum");
  const portfolio = lines((await download(page, page.getByTestId("portfolio-export"), "CSV")).bytes);
  expect(portfolio.find((r) => r.startsWith("Relationsvåldscentrum;"))).toMatch(/;2010;900000;500000;400000;/);

  await page.goto("/statistics");
  await expect(page.getByTestId("indicators")).toBeVisible();
  const statistics = lines((await download(page, page.getByTestId("statistics-export"), "CSV")).bytes);
  expect(statistics.find((r) => r.includes("Kvinnor som kontaktat jouren via telefon eller mejl") && r.includes(";Totalt;"))).toContain(
    ";143;",
  );
});
