import AxeBuilder from "@axe-core/playwright";
import { expect, shot, test } from "../fixtures";
import { visitEveryPage } from "../pages/every-page";
import { swedishOn } from "../pages/swedish-wordings";

const SIZES = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } } as const;

/**
 * Every page and detail page, at 1440×900 and 390×844, in Swedish and English: no horizontal page
 * scroll, no console error, no WCAG 2.1 A/AA violation as axe checks it (at the phone size: none
 * serious or critical), and in English no Swedish wording of the app.
 */
for (const [size, viewport] of Object.entries(SIZES)) {
  for (const locale of ["sv", "en"] as const) {
    test(`every page at ${size} size in ${locale}: fits, no console error, accessible${locale === "en" ? ", all English" : ""}`, async ({
      page,
    }) => {
      test.setTimeout(240_000);
      await page.setViewportSize(viewport);
      const consoleErrors: string[] = [];
      page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
      page.on("pageerror", (e) => consoleErrors.push(e.message));
      await page.goto("/");
      if (locale === "en") {
        // On a phone the language switch sits in the menu.
        if (size === "phone") await page.getByRole("button", { name: /Meny|Menu/ }).click();
        await page.getByText("English", { exact: true }).click();
      }
      const found: Record<string, string[]> = {};
      const note = (where: string, problems: string[]) => {
        if (problems.length) found[where] = [...(found[where] ?? []), ...problems];
      };
      await visitEveryPage(page, async (where) => {
        const width = (await page.evaluate("document.documentElement.scrollWidth")) as number;
        note(where, width > viewport.width ? [`${width} px wide`] : []);
        // Every rule at both sizes, colour contrast and scrollable-region-focusable on the phone too (measured: they
        // add about a fifth to axe's time there, a few seconds a walk; no page renders a list long enough to slow it).
        const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
        const counted = axe.violations.filter((v) => size === "desktop" || v.impact === "serious" || v.impact === "critical");
        note(
          where,
          counted.map(
            (v) =>
              `axe ${v.id}: ${v.nodes
                .slice(0, 2)
                .map((n) => n.target.join(" "))
                .join(" | ")}`,
          ),
        );
        if (locale === "en")
          note(
            where,
            (await swedishOn(page)).map((t) => `Swedish: ${t}`),
          );
        note(
          where,
          consoleErrors.splice(0).map((e) => `console: ${e}`),
        );
        // What a reviewer looks at: each page on a phone.
        if (size === "phone" && locale === "sv") {
          await page.screenshot(shot(`phone-${new URL(page.url()).pathname.replace(/\W+/g, "-").slice(1, 40) || "start"}`));
        }
      });
      expect(found).toEqual({});
    });
  }
}
