import { rmSync } from "node:fs";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../test/harness";
import { writeWebDist } from "../test/web-dist";

// A built web app in miniature: each compressed copy holds its own text, so the body tells which file was sent.
const ASSET = "/assets/app-Ab12Cd34.js";
let dist: string;
let api: TestApi;
let base: string;
beforeAll(async () => {
  dist = writeWebDist({
    "index.html": "<!doctype html><title>app</title>",
    [ASSET]: "plain copy",
    [`${ASSET}.br`]: brotliCompressSync("brotli copy"),
    [`${ASSET}.gz`]: gzipSync("gzip copy"),
    "assets/logo-Xy98.png": "not compressible",
    ".vite/manifest.json": '{"secret":"build record"}',
  });
  api = await startTestApi({ seed: false, webDist: dist });
  base = api.url.replace(/\/graphql$/, "");
});
afterAll(async () => {
  await api?.close();
  rmSync(dist, { recursive: true, force: true });
});

const get = async (route: string, acceptEncoding?: string) => {
  const res = await fetch(`${base}${route}`, { headers: acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding } });
  const header = (name: string) => res.headers.get(name);
  return {
    status: res.status,
    // fetch undoes the Content-Encoding: the text is that of the file the server chose.
    body: await res.text(),
    encoding: header("content-encoding"),
    type: header("content-type"),
    cache: header("cache-control"),
    vary: header("vary"),
  };
};

describe("the web app's files", () => {
  it("are served without looking up the session the browser sends along", async () => {
    const cookie = (await api.headersFor({ roles: ["ADMIN"] })).cookie;
    for (const route of [ASSET, "/", "/grants", "/projects/abc/financing"]) {
      api.statements.length = 0;
      const res = await fetch(`${base}${route}`, { headers: { cookie } });
      expect(res.status, route).toBe(200);
      expect(api.statements, route).toEqual([]);
    }
    // The app's page itself, and GraphQL, still know who asks.
    const viewer = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ query: "{ viewer { email } }" }),
    });
    expect(((await viewer.json()) as { data: { viewer: { email: string } | null } }).data.viewer).not.toBeNull();
  });

  it("a hashed asset is sent precompressed by Accept-Encoding, with its own Content-Type, Vary and a year's immutable caching", async () => {
    const immutable = "public, max-age=31536000, immutable";
    const js = "text/javascript; charset=utf-8";
    expect(await get(ASSET, "gzip, deflate, br")).toMatchObject({
      status: 200,
      body: "brotli copy",
      encoding: "br",
      type: js,
      cache: immutable,
    });
    expect((await get(ASSET, "br")).vary).toMatch(/Accept-Encoding/i);
    expect(await get(ASSET, "gzip")).toMatchObject({ body: "gzip copy", encoding: "gzip", type: js, cache: immutable });
    // The browser's preference counts: brotli refused, gzip it is.
    expect(await get(ASSET, "br;q=0, gzip")).toMatchObject({ body: "gzip copy", encoding: "gzip" });
    expect(await get(ASSET, "gzip;q=0.5, br;q=0.8")).toMatchObject({ body: "brotli copy", encoding: "br" });
    expect(await get(ASSET, "*")).toMatchObject({ body: "brotli copy", encoding: "br" });
    expect(await get(ASSET, "identity")).toMatchObject({ body: "plain copy", encoding: null, type: js, cache: immutable });
    expect(await get(ASSET, "deflate")).toMatchObject({ body: "plain copy", encoding: null });
    expect((await get(ASSET, "identity")).vary).toMatch(/Accept-Encoding/i);
  });

  it("a file without compressed copies is sent as it is; an asset that is not there is a 404, not the app", async () => {
    expect(await get("/assets/logo-Xy98.png", "br, gzip")).toMatchObject({
      status: 200,
      body: "not compressible",
      encoding: null,
      type: "image/png",
    });
    expect(await get("/assets/gone-0000.js", "br")).toMatchObject({ status: 404 });
    expect((await get(`${ASSET}.br`, "br")).status).toBe(404);
  });

  it("index.html is revalidated on every use, and every client-side route gets it", async () => {
    for (const route of ["/", "/index.html", "/grants", "/grants/g-1?year=2024", "/financing/p-1"]) {
      expect(await get(route, "br, gzip")).toMatchObject({
        status: 200,
        body: "<!doctype html><title>app</title>",
        type: "text/html; charset=utf-8",
        cache: "no-cache",
      });
    }
  });

  it("the build's own records are not served", async () => {
    const manifest = await get("/.vite/manifest.json");
    expect(manifest.body).not.toContain("build record");
  });
});

describe("GraphQL answers", () => {
  it("are compressed when the client accepts it", async () => {
    const res = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json", "accept-encoding": "gzip", ...(await api.headersFor({ roles: ["ADMIN"] })) },
      // Large enough (over a kilobyte) to be worth compressing.
      body: JSON.stringify({ query: "{ __schema { types { name description } } }" }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-encoding")).toBe("gzip");
    expect(((await res.json()) as { data: { __schema: { types: unknown[] } } }).data.__schema.types.length).toBeGreaterThan(10);
  });
});
