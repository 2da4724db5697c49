import { describe, expect, it } from "vitest";
import { NAV } from "../src/app/nav.ts";
import { attentionVariables } from "../src/features/attention/attention-variables.ts";
import { en } from "../src/i18n/en.ts";
import { sv } from "../src/i18n/sv.ts";
import { PAGE_HEADS } from "../src/shared/page-head/page-heads.ts";
import { pageHeadTexts } from "./page-heads.ts";

describe("the pages' headings the server draws before the app has loaded", () => {
  it("are each page's words in both languages", () => {
    const texts = pageHeadTexts();
    expect(Object.keys(texts)).toEqual(Object.keys(PAGE_HEADS));
    expect(texts.grants).toEqual({
      params: {},
      sv: [sv["grants.title"], sv["grants.intro"]],
      en: [en["grants.title"], en["grants.intro"]],
    });
    for (const [route, words] of Object.entries(texts)) for (const word of [...words.sv, ...words.en]) expect(word, route).toMatch(/\S/);
  });

  it("are for pages of the main menu that every logged-in reader may open (the server does not ask about permissions)", () => {
    const open = new Set(NAV.filter((item) => !item.permission).map((item) => item.to.slice(1)));
    for (const route of Object.keys(PAGE_HEADS)) expect(open, route).toContain(route);
  });

  it("name the horizon the attention list reads from the same parameter, with the same default", () => {
    const { param, fallback } = PAGE_HEADS.attention.params.days;
    expect(attentionVariables(new URLSearchParams()).horizonDays).toBe(fallback);
    expect(attentionVariables(new URLSearchParams(`${param}=7`)).horizonDays).toBe(7);
    expect(sv["attention.intro"]).toContain("{days}");
    expect(en["attention.intro"]).toContain("{days}");
  });
});
