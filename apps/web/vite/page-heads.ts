import type { Locale } from "@bk/domain";
import type { Plugin } from "vite";
import { en } from "../src/i18n/en.ts";
import { sv } from "../src/i18n/sv.ts";
import { PAGE_HEADS, type PageHead } from "../src/shared/page-head/page-heads.ts";

/** A headed page's words by language ([heading, intro]) and its intro's parameters. */
export type HeadTexts = Record<string, { params: NonNullable<PageHead["params"]> } & Record<Locale, [string, string]>>;

/** Where the build leaves them for the server (a dot folder: never served as a file). */
export const PAGE_HEADS_FILE = ".bk/page-heads.json";

/** The words of each page of `heads` in each language of `messages`. */
export function pageHeadTexts(
  heads: Record<string, PageHead> = PAGE_HEADS,
  messages: Record<Locale, Record<string, string>> = { sv, en },
): HeadTexts {
  const texts: HeadTexts = {};
  for (const [route, head] of Object.entries(heads)) {
    const words = (locale: Locale): [string, string] => [messages[locale][head.title], messages[locale][head.intro]];
    texts[route] = { params: head.params ?? {}, sv: words("sv"), en: words("en") };
  }
  return texts;
}

/**
 * Writes the words of PAGE_HEADS's pages into the build, for the server: it draws the page's
 * heading and intro into index.html's frame for a logged-in reader (apps/api/src/http/page-head.ts),
 * seconds before the app's JavaScript has arrived and drawn the same on a slow phone.
 */
export function pageHeads(): Plugin {
  return {
    name: "bk:page-heads",
    apply: "build",
    generateBundle() {
      this.emitFile({ type: "asset", fileName: PAGE_HEADS_FILE, source: JSON.stringify(pageHeadTexts()) });
    },
  };
}
