import type { APIRequestContext } from "@playwright/test";
import { expect, shot, test } from "../fixtures";
import { download, lines } from "../pages/downloads";

// The county board officer's start page when the county's list is long: the API counts and orders
// it, the page shows a hundred items and asks for more, the download holds every item.
test.use({ as: "officer" });

const TODAY = "2030-01-15";
const CONDITIONS = 105;

/** The API as the logged-in officer, answering its data (no errors allowed). */
const apiOf = (request: APIRequestContext) => async (query: string, variables: Record<string, unknown>) => {
  const body = await (await request.post("/graphql", { data: { query, variables } })).json();
  expect(body.errors, query).toBeUndefined();
  return body.data;
};

/** A granted application with `CONDITIONS` conditions due on `dueDate` (five days after TODAY), made through the API as an officer would. */
async function grantWithManyConditions(request: APIRequestContext, title: string, dueDate = "2030-01-20") {
  const gql = apiOf(request);
  const orgs = await gql(`{ organisations(first: 100) { edges { node { id name } } } }`, {});
  const id = (n: string) => orgs.organisations.edges.find((e: { node: { name: string } }) => e.node.name === n).node.id;
  const recipient = id("Socialtjänst- och arbetsmarknadsförvaltningen");
  let grant = (
    await gql(`mutation ($input: GrantApplicationInput!) { createGrant(input: $input) { id version } }`, {
      input: {
        title,
        funderId: id("Länsstyrelsen i Stockholms län"),
        applicantId: recipient,
        recipientId: recipient,
        amountApplied: "200000",
      },
    })
  ).createGrant;
  grant = (
    await gql(`mutation ($id: ID!, $v: Int!) { submitGrant(id: $id, expectedVersion: $v) { id version } }`, {
      id: grant.id,
      v: grant.version,
    })
  ).submitGrant;
  grant = (
    await gql(
      `mutation ($id: ID!, $v: Int!, $input: DecisionInput!) { decideGrant(id: $id, expectedVersion: $v, input: $input) { id version } }`,
      {
        id: grant.id,
        v: grant.version,
        input: { outcome: "GRANTED", amountGranted: "200000", decisionDate: new Date().toISOString().slice(0, 10) },
      },
    )
  ).decideGrant;
  for (let i = 1; i <= CONDITIONS; i++) {
    grant = (
      await gql(
        `mutation ($id: ID!, $v: Int!, $input: ConditionInput!) { addCondition(grantId: $id, expectedVersion: $v, input: $input) { id version } }`,
        { id: grant.id, v: grant.version, input: { text: `Villkor ${String(i).padStart(3, "0")}`, dueDate } },
      )
    ).addCondition;
  }
  return grant as { id: string; version: number };
}

test("a long to-do list comes a hundred items at a time, counted by kind and downloaded whole", async ({ page }) => {
  test.setTimeout(120_000);
  await grantWithManyConditions(page.request, "Långa listans bidrag");
  const asked: Record<string, unknown>[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST" && r.url().endsWith("/graphql") && r.postDataJSON()?.operationName === "Attention")
      asked.push(r.postDataJSON().variables);
  });

  await page.goto(`/attention?today=${TODAY}&days=30`);
  const rows = page.getByTestId("attention").locator("tbody tr");
  const kinds = page.getByTestId("attention-kinds");
  // Counted by the API, whatever the page shows.
  await expect(kinds).toContainText(`Villkor förfaller (${CONDITIONS})`);
  await expect(rows).toHaveCount(100);
  const more = page.getByTestId("show-more");
  await expect(more.getByRole("status")).toHaveText(/^Visar 100 av \d+$/);
  const total = Number((await more.getByRole("status").textContent())?.replace(/\D+/g, " ").trim().split(" ").pop());
  expect(total).toBeGreaterThan(CONDITIONS);

  // A next page still on its way when another kind is chosen does not join that other list.
  await page.route("**/graphql", async (route) => {
    if (route.request().postDataJSON()?.variables?.after) await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await more.getByRole("button", { name: `Visa ${total - 100} till` }).click();
  await kinds.getByText(/^Väntar på beslut/).click();
  await expect(rows).toHaveCount(3);
  await page.waitForTimeout(2000);
  await expect(rows).toHaveCount(3);
  await expect(page.getByTestId("show-more")).toHaveCount(0);
  await kinds.getByText(/^Väntar på beslut/).click();
  await expect(more.getByRole("status")).toHaveText(`Visar 100 av ${total}`);
  await expect(rows).toHaveCount(100);
  await page.unroute("**/graphql");

  // One kind: the next five come from the API when asked for, and then the list is whole.
  await kinds.getByText(/^Villkor förfaller/).click();
  await expect(page).toHaveURL(/kinds=CONDITION_DUE/);
  await expect(rows).toHaveCount(100);
  await expect(rows.first()).toContainText("Långa listans bidrag");
  await expect(more.getByRole("status")).toHaveText(`Visar 100 av ${CONDITIONS}`);
  await more.getByRole("button", { name: "Visa 5 till" }).click();
  await expect(rows).toHaveCount(CONDITIONS);
  await expect(more.getByRole("status")).toHaveText(`Visar ${CONDITIONS} av ${CONDITIONS}`);
  await expect(more.getByRole("status")).toBeFocused();
  await expect(more.getByRole("button")).toHaveCount(0);
  // Each condition once, in the order of their texts: the second page continues where the first ended.
  const texts = await rows.allInnerTexts();
  expect(texts.map((t) => t.match(/Villkor \d{3}/)?.[0])).toEqual(
    Array.from({ length: CONDITIONS }, (_, i) => `Villkor ${String(i + 1).padStart(3, "0")}`),
  );
  // The page asked for a hundred at a time, the chosen kind only, and the second page after the first.
  expect(asked.at(-2)).toMatchObject({ first: 100, kinds: ["CONDITION_DUE"] });
  expect(asked.at(-1)).toMatchObject({ first: 100, kinds: ["CONDITION_DUE"], after: expect.any(String) });
  await page.evaluate("window.scrollTo(0, 0)");
  await page.screenshot({ path: shot("attention-long-list-top").path });
  await more.scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot("attention-long-list-end").path });

  // The download holds every item of the chosen kind, and of every kind without one.
  const file = lines((await download(page, page.getByTestId("attention-export"), "CSV")).bytes);
  expect(file).toHaveLength(1 + CONDITIONS);
  expect(file.filter((l) => l.includes("Långa listans bidrag;Villkor "))).toHaveLength(CONDITIONS);
  await kinds.getByText(/^Villkor förfaller/).click();
  await expect(rows).toHaveCount(100);
  expect(lines((await download(page, page.getByTestId("attention-export"), "CSV")).bytes)).toHaveLength(1 + total);

  // A phone in English: the same list and its step.
  await page.getByText("English", { exact: true }).click();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(more.getByRole("status")).toHaveText(`Showing 100 of ${total.toLocaleString("en")}`);
  await expect(more.getByRole("button", { name: /^Show \d+ more$/ })).toBeVisible();
  expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);
  await page.evaluate("window.scrollTo(0, 0)");
  await page.screenshot({ path: shot("attention-long-list-en-390-top").path });
  await more.scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot("attention-long-list-en-390-end").path });
});

test("a page asked for after items were resolved starts right after the last row shown, and says the list changed", async ({ page }) => {
  test.setTimeout(120_000);
  const today = "2031-03-01";
  const gql = apiOf(page.request);
  const grant = await grantWithManyConditions(page.request, "Ändrade listans bidrag", "2031-03-05");
  await page.goto(`/attention?today=${today}&days=30&kinds=CONDITION_DUE`);
  const rows = page.getByTestId("attention").locator("tbody tr");
  const more = page.getByTestId("show-more");
  await expect(more.getByRole("status")).toHaveText(`Visar 100 av ${CONDITIONS}`);

  // Meanwhile, someone fulfils conditions 001 and 002 (on the page already).
  const { node } = await gql(`query ($id: ID!) { node(id: $id) { ... on Grant { version conditions { id text } } } }`, { id: grant.id });
  let version = node.version;
  for (const text of ["Villkor 001", "Villkor 002"]) {
    const condition = node.conditions.find((c: { text: string }) => c.text === text);
    const input = { status: "FULFILLED", resolvedBy: "Annan handläggare", resolvedDate: new Date().toISOString().slice(0, 10) };
    version = (
      await gql(
        `mutation ($id: ID!, $v: Int!, $input: ConditionResolutionInput!) { resolveCondition(id: $id, expectedVersion: $v, input: $input) { version } }`,
        { id: condition.id, v: version, input },
      )
    ).resolveCondition.version;
  }

  // The next page starts at 101, not 103 (as a page by position would): nothing is skipped.
  await more.getByRole("button", { name: "Visa 5 till" }).click();
  await expect(rows).toHaveCount(CONDITIONS);
  const texts = await rows.allInnerTexts();
  expect(texts.slice(100).map((t) => t.match(/Villkor \d{3}/)?.[0])).toEqual([
    "Villkor 101",
    "Villkor 102",
    "Villkor 103",
    "Villkor 104",
    "Villkor 105",
  ]);
  // The page says the list changed, and starts over when asked: the two fulfilled are gone.
  const changed = page.getByTestId("attention-changed");
  await expect(changed).toContainText("Listan har ändrats sedan du började hämta fler rader");
  await expect(more.getByRole("status")).toHaveText(`Visar ${CONDITIONS} av ${CONDITIONS}`);
  await changed.scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot("attention-list-changed").path });
  await changed.getByRole("button", { name: "Hämta listan på nytt" }).click();
  await expect(changed.getByRole("button")).toHaveCount(0);
  await expect(changed).toHaveText("");
  // The focus goes to the list's first row (the button it was on is gone).
  await expect(rows.first().getByRole("link")).toBeFocused();
  await expect(more.getByRole("status")).toHaveText(`Visar 100 av ${CONDITIONS - 2}`);
  await expect(rows.first()).toContainText("Villkor 003");
});
