import type { Page } from "@playwright/test";
import { en } from "../../apps/web/src/i18n/en";
import { sv as swedish } from "../../apps/web/src/i18n/sv";
import * as labels from "../../packages/domain/src/labels/labels";
import { REASONS } from "../../packages/domain/src/rules/catalogue";

/** A wording as a pattern of the whole text it would be on screen (placeholders match anything). */
const pattern = (template: string) => new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{\w+(?::\w+)?\}/g, ".+")}$`);

type Wording = { sv: string; en: string };
/** The enum labels of the domain (statuses, kinds, roles …): every `…Labels` table. */
const labelWordings = Object.values(labels).flatMap((table) =>
  table && typeof table === "object"
    ? (Object.values(table) as unknown[]).filter((w): w is Wording => !!w && typeof w === "object" && "sv" in w)
    : [],
);
const wordings: Wording[] = [
  ...Object.entries(swedish).map(([key, sv]) => ({ sv, en: en[key as keyof typeof en] })),
  ...Object.values(REASONS),
  ...labelWordings,
];
/** What English says somewhere, word for word ("Status" is both languages' word): never counted as Swedish. */
const ENGLISH = new Set(wordings.map((w) => w.en.trim()));

/** Every Swedish wording of the app, its labels and the API's reasons that English says differently. */
const SWEDISH = wordings
  .filter((w) => w.sv !== w.en && w.sv.replace(/\{\w+(?::\w+)?\}/g, "").trim().length >= 3)
  // A wording with placeholders is telling only by a longer literal piece ("{name}: {amount} för {year}" matches data).
  .filter((w) => !/\{/.test(w.sv) || w.sv.split(/\{\w+(?::\w+)?\}/).some((piece) => piece.replace(/[^\p{L}]/gu, "").length >= 6))
  .filter((w) => !ENGLISH.has(w.sv.trim()))
  .map((w) => ({ sv: w.sv, re: pattern(w.sv.trim()) }));

/** The texts on the page that are Swedish wordings of the app (texts, aria-labels, placeholders, titles). */
export async function swedishOn(page: Page): Promise<string[]> {
  const texts: string[] = await page.evaluate(`(() => {
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      // Text marked as Swedish (the source papers) is the data's language, not the interface's.
      if (walker.currentNode.parentElement?.closest('[lang="sv"]')) continue;
      const t = walker.currentNode.textContent.trim(); if (t) out.push(t);
    }
    for (const e of document.querySelectorAll("[aria-label],[placeholder],[title]"))
      for (const a of ["aria-label", "placeholder", "title"]) { const v = e.getAttribute(a); if (v) out.push(v.trim()); }
    return out;
  })()`);
  return [...new Set(texts.filter((t) => SWEDISH.some((s) => s.re.test(t))))];
}
