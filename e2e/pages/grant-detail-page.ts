import type { Locator, Page } from "@playwright/test";

/** One grant with its facts, conditions, project and source. */
export class GrantDetailPage {
  readonly amountGranted: Locator;
  readonly conditions: Locator;
  readonly source: Locator;
  readonly partners: Locator;

  constructor(readonly page: Page) {
    this.amountGranted = page.getByTestId("amount-granted");
    this.conditions = page.getByTestId("conditions");
    this.source = page.getByTestId("source");
    this.partners = page.getByTestId("partners");
  }

  async switchLanguage(label: "English" | "Svenska") {
    await this.page.getByText(label, { exact: true }).click();
  }
}
