import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { homeFor, LOCALE_COOKIE, type Locale } from "@bk/domain";
import type { Request } from "express";
import { readCookie } from "../auth/viewer";

/** A page's words by language ([heading, intro]) and its intro's numbers, as the web build writes them (apps/web/vite/page-heads.ts). */
export type PageHeads = Record<string, { params: Record<string, { param: string; fallback: number }> } & Record<Locale, [string, string]>>;

/** Where index.html's frame leaves room for the page's heading. */
export const PAGE_HEAD_MARK = "<!--bk:page-head-->";

/** The build's page heads, or null for a build without them (then index.html is sent as it is). */
export function readPageHeads(webDist: string): PageHeads | null {
  const file = path.join(webDist, ".bk", "page-heads.json");
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as PageHeads) : null;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The reader's language, as the web app last told it (its cookie); Swedish by default, as the app's. */
export function localeOf(req: Request): Locale {
  return readCookie(req, LOCALE_COOKIE) === "en" ? "en" : "sv";
}

/**
 * The heading and intro of the page at this address, as HTML for index.html's frame, for a reader
 * with these roles ('/' is the role's start page, homeFor, with no query); null for a page whose heading holds
 * data (not among `heads`), or an address whose number the page would read otherwise (the words
 * must be the ones the app then draws in the same place: nothing may move). Text only, escaped, in
 * its language (`lang`: the page itself still says Swedish until the app has run).
 */
export function pageHeadHtml(
  heads: PageHeads,
  at: { path: string; search: URLSearchParams; roles: readonly string[]; locale: Locale },
): string | null {
  const asked = at.path.split("/").filter(Boolean).join("/");
  const route = asked || homeFor(at.roles).slice(1);
  const head = Object.hasOwn(heads, route) ? heads[route] : undefined;
  if (!head) return null;
  // '/' goes on to the start page without its query: the page reads none.
  const search = asked ? at.search : new URLSearchParams();
  const [title, intro] = head[at.locale];
  let text = intro;
  for (const [name, { param, fallback }] of Object.entries(head.params)) {
    const given = search.get(param);
    if (given !== null && !/^[0-9]+$/.test(given)) return null;
    text = text.replaceAll(`{${name}}`, String(given === null ? fallback : Number(given)));
  }
  return `<div class="bk-main bk-early-head" lang="${at.locale}"><div><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p></div></div>`;
}
