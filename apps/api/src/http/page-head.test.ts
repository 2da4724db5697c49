import { rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startTestApi, type TestApi } from "../test/harness";
import { writeWebDist } from "../test/web-dist";
import { PAGE_HEAD_MARK, type PageHeads, pageHeadHtml } from "./page-head";
import { webAppRouter } from "./static-web";

const HEADS: PageHeads = {
  attention: {
    params: { days: { param: "days", fallback: 30 } },
    sv: ["Att göra", "Förfaller inom {days} dagar."],
    en: ["To do", "Due within {days} days."],
  },
  grants: { params: {}, sv: ["Bidrag", 'Ansökningar & beslut <med> "belopp".'], en: ["Grants $' and $&", "Applications and decisions."] },
  financing: { params: {}, sv: ["Finansiering", "Flerårig finansiering."], en: ["Financing", "Multi-year financing."] },
};

const at = (address: string, roles: string[], locale: "sv" | "en" = "sv") => {
  const url = new URL(address, "http://page");
  return pageHeadHtml(HEADS, { path: url.pathname, search: url.searchParams, roles, locale });
};

describe("the page's heading in the first HTML", () => {
  it("is the page's heading and intro in the reader's language, escaped, in the page's place", () => {
    expect(at("/grants", ["CASE_OFFICER"])).toBe(
      '<div class="bk-main bk-early-head" lang="sv"><div><h1>Bidrag</h1><p>Ansökningar &#38; beslut &#60;med&#62; &#34;belopp&#34;.</p></div></div>',
    );
    expect(at("/grants/?year=2010", ["CASE_OFFICER"], "en")).toContain(
      'lang="en"><div><h1>Grants $&#39; and $&#38;</h1><p>Applications and decisions.</p>',
    );
  });

  it("on '/' is the role's start page; none for a start page whose heading holds data or has no words here", () => {
    expect(at("/", ["CASE_OFFICER"])).toContain("<h1>Att göra</h1><p>Förfaller inom 30 dagar.</p>");
    expect(at("/", ["PROJECT_LEAD"])).toContain("<h1>Finansiering</h1>");
    expect(at("/", ["STATISTICIAN"])).toBeNull();
    for (const address of ["/grants/R3JhbnQ6MQ", "/statistics", "/login", "/constructor", "/__proto__", "/hasOwnProperty"])
      expect(at(address, ["ADMIN"]), address).toBeNull();
  });

  it("puts the address's number in the intro as the page reads it, or draws nothing when the page would read it otherwise", () => {
    expect(at("/attention?days=7", ["ADMIN"])).toContain("Förfaller inom 7 dagar.");
    // '/' goes on to the start page without its query, which then reads the default.
    expect(at("/?days=7", ["ADMIN"])).toContain("Förfaller inom 30 dagar.");
    expect(at("/?days=x", ["ADMIN"])).toContain("Förfaller inom 30 dagar.");
    expect(at("/attention?days=007&days=9", ["ADMIN"])).toContain("Förfaller inom 7 dagar.");
    for (const days of ["", "1.5", "-3", "3e2", "7%3Cb%3E", "abc"]) expect(at(`/attention?days=${days}`, ["ADMIN"]), days).toBeNull();
  });
});

describe("index.html with the page's heading", () => {
  const FRAME = `<!doctype html><title>app</title><div class="bk-shell"><div class="bk-menu"></div>${PAGE_HEAD_MARK}</div>`;
  let dist: string;
  let api: TestApi;
  let base: string;
  beforeAll(async () => {
    dist = writeWebDist({ "index.html": FRAME, "assets/app-1.js": "app", ".bk/page-heads.json": JSON.stringify(HEADS) });
    api = await startTestApi({ seed: false, webDist: dist });
    base = api.url.replace(/\/graphql$/, "");
  });
  afterAll(async () => {
    await api?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  const page = async (address: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${base}${address}`, { headers: { "accept-encoding": "br, gzip", ...headers } });
    return { status: res.status, body: await res.text(), cache: res.headers.get("cache-control"), vary: res.headers.get("vary") ?? "" };
  };

  it("comes for a logged-in reader, in the language the app last chose; never cached for another reader", async () => {
    const officer = (await api.headersFor({ roles: ["CASE_OFFICER"] })).cookie;
    const swedish = await page("/", { cookie: officer });
    expect(swedish.status).toBe(200);
    expect(swedish.body).toContain('<div class="bk-menu"></div><div class="bk-main bk-early-head" lang="sv"><div><h1>Att göra</h1>');
    expect(swedish.body).not.toContain(PAGE_HEAD_MARK);
    expect(swedish.cache).toBe("private, no-cache");
    expect(swedish.vary).toMatch(/Cookie/);
    // The words go in as they are: "$&" or "$'" in them is no pattern of String.replace (which would copy parts of the page).
    const english = await page("/grants", { cookie: `${officer}; bk_locale=en` });
    expect(english.body).toContain("<h1>Grants $&#39; and $&#38;</h1>");
    expect(english.body.match(/bk-menu/g)).toHaveLength(1);
    expect((await page("/grants", { cookie: `bk_locale=en; ${officer}` })).body).toContain("<h1>Grants $&#39;");
    expect((await page("/grants", { cookie: `${officer}; bk_locale=fr` })).body).toContain("<h1>Bidrag</h1>");
  });

  it("is not there for nobody, an ended session, a token, or a page without words; the page is the app all the same", async () => {
    const plain = { status: 200, body: FRAME, cache: "no-cache" };
    expect(await page("/grants")).toMatchObject(plain);
    expect(await page("/grants", { cookie: "bk_session=bks_forged" })).toMatchObject(plain);
    const token = await api
      .as({ roles: ["ADMIN"] })
      .gql<{ createAccessToken: { token: string } }>('mutation { createAccessToken(input: { name: "t" }) { token } }');
    const bearer = token.data?.createAccessToken.token;
    expect(bearer, JSON.stringify(token.errors)).toMatch(/^bkp_/);
    expect(await page("/grants", { authorization: `Bearer ${bearer}` })).toMatchObject(plain);
    const analyst = (await api.headersFor({ roles: ["STATISTICIAN"] })).cookie;
    expect(await page("/", { cookie: analyst })).toMatchObject(plain);
    expect(await page("/grants/g-1", { cookie: analyst })).toMatchObject(plain);
  });

  it("is left out when the look-up fails or hangs: the page comes all the same, as it did before", async () => {
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      for (const pageHead of [async () => Promise.reject(new Error("database down")), () => new Promise<string>(() => {})]) {
        const app = express().use(webAppRouter(dist, pageHead));
        const server = app.listen(0, "127.0.0.1");
        await new Promise<void>((resolve) => server.once("listening", () => resolve()));
        try {
          const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/grants`);
          expect(res.status).toBe(200);
          expect(await res.text()).toBe(FRAME);
        } finally {
          server.close();
        }
      }
      expect(quiet).toHaveBeenCalledWith("page heading:", expect.objectContaining({ message: "database down" }));
    } finally {
      quiet.mockRestore();
    }
  });

  it("looks the session up for the page, never for its files", async () => {
    const officer = (await api.headersFor({ roles: ["CASE_OFFICER"] })).cookie;
    api.statements.length = 0;
    expect((await fetch(`${base}/assets/app-1.js`, { headers: { cookie: officer } })).status).toBe(200);
    expect(api.statements).toEqual([]);
  });
});
