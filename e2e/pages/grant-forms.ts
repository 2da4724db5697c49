import { expect, type Locator, type Page } from "@playwright/test";

/** Filling the lifecycle forms (modals and the new-application page) as a person would. */
export class GrantForms {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole("dialog");
  }

  async choose(label: string, option: string, scope: Locator | Page = this.page) {
    await scope
      .getByRole("textbox", { name: label, exact: true })
      .or(scope.getByRole("combobox", { name: label, exact: true }))
      .first()
      .click();
    await this.page.getByRole("option", { name: option, exact: true }).click();
  }

  async action(name: string) {
    await this.page.getByTestId("actions").getByRole("button", { name }).click();
    await expect(this.dialog).toBeVisible();
  }

  async save() {
    await this.dialog.getByRole("button", { name: "Spara" }).click();
  }

  async expectClosed() {
    await expect(this.dialog).toBeHidden();
  }
}
