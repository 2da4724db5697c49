import { expect, type Locator, type Page } from "@playwright/test";

/** The grants list: filters, totals, table. */
export class GrantsPage {
  readonly table: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByTestId("grants-table");
    this.rows = this.table.locator("tbody tr");
  }

  async open() {
    await this.page.goto("/grants");
    await expect(this.page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(this.rows.first()).toBeVisible();
  }

  async filterByFunder(name: string) {
    await this.page.getByRole("combobox", { name: /Finansiär|Funder/ }).click();
    await this.page.getByRole("option", { name }).click();
  }

  total(kind: "count" | "applied" | "granted") {
    return this.page.getByTestId(`total-${kind}`);
  }

  async openGrant(title: string) {
    await this.table.getByRole("link", { name: title }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  }
}
