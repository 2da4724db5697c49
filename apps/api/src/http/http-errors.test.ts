import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../test/harness";

type ErrorBody = { errors: { message: string; extensions: { code: string } }[] };

/** Item 4 and 6 of the hardening issue: errors outside GraphQL, and the browser's defences. */
describe("HTTP errors and headers", () => {
  let api: TestApi;
  let base: string;
  beforeAll(async () => {
    api = await startTestApi({ seed: false });
    base = api.url.replace(/\/graphql$/, "");
  });
  afterAll(() => api.close());

  /** The GraphQL error contract: a code, a catalogue reason the web words, and its English wording. */
  const expectCleanError = async (res: Response, status: number, code: string, reason: string) => {
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    const text = await res.text();
    expect(text).not.toMatch(/\/work|node_modules|at [A-Za-z]+ \(|Error:/);
    expect(JSON.parse(text)).toEqual({ errors: [{ message: expect.any(String), extensions: { code, reason, params: {} } }] });
    expect(text).not.toMatch(/[åäöÅÄÖ]/);
  };

  it("answers malformed JSON with BAD_REQUEST and no stack trace", async () => {
    const res = await fetch(api.url, { method: "POST", headers: { "content-type": "application/json" }, body: '{"query": "{' });
    await expectCleanError(res, 400, "BAD_REQUEST", "request.notJson");
  });

  it("answers a body over 1 MB with PAYLOAD_TOO_LARGE", async () => {
    const body = JSON.stringify({ query: "{ smallCountThreshold }", variables: { pad: "x".repeat(1_100_000) } });
    const res = await fetch(api.url, { method: "POST", headers: { "content-type": "application/json" }, body });
    await expectCleanError(res, 413, "PAYLOAD_TOO_LARGE", "request.tooLarge");
  });

  it("answers a broken %-escape in an export address with BAD_REQUEST", async () => {
    await expectCleanError(await fetch(`${base}/exports/projects/%E0%A4%A/financing.csv`), 400, "BAD_REQUEST", "request.badAddress");
    await expectCleanError(await fetch(`${base}/calendar/projects/%ZZ.ics`), 400, "BAD_REQUEST", "request.badAddress");
  });

  it("answers an address it does not serve with NOT_FOUND", async () => {
    await expectCleanError(await fetch(`${base}/no/such/page`, { method: "POST" }), 404, "NOT_FOUND", "request.noSuchAddress");
  });

  it("sends a strict Content-Security-Policy and the other protective headers", async () => {
    const res = await fetch(`${base}/healthz`);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(res.headers.get("permissions-policy")).toContain("camera=()");
    expect(res.headers.get("cross-origin-opener-policy")).toBe("same-origin");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("x-powered-by")).toBeNull();
    // Over plain HTTP HSTS means nothing and is not sent.
    expect(res.headers.get("strict-transport-security")).toBeNull();
  });
});

describe("serving the built app", () => {
  it("answers an unknown asset with 404 and a broken %-escape anywhere with 400, not with the app", async () => {
    const dist = await mkdtemp(path.join(tmpdir(), "bk-dist-"));
    await writeFile(path.join(dist, "index.html"), "<!doctype html><title>Bidragskollen</title>");
    const api = await startTestApi({ seed: false, webDist: dist });
    const base = api.url.replace(/\/graphql$/, "");
    try {
      expect((await fetch(`${base}/grants/abc`)).status).toBe(200);
      const asset = await fetch(`${base}/assets/nope.js`);
      expect(asset.status).toBe(404);
      expect(((await asset.json()) as ErrorBody).errors[0].extensions.code).toBe("NOT_FOUND");
      const broken = await fetch(`${base}/%E0%A4%A`);
      expect(broken.status).toBe(400);
      expect(((await broken.json()) as ErrorBody).errors[0].extensions.code).toBe("BAD_REQUEST");
    } finally {
      await api.close();
    }
  });
});

describe("behind a proxy that terminates HTTPS", () => {
  it("sends HSTS when the request came over HTTPS", async () => {
    const api = await startTestApi({ seed: false, trustProxy: "loopback" });
    try {
      const res = await fetch(api.url.replace(/\/graphql$/, "/healthz"), { headers: { "x-forwarded-proto": "https" } });
      expect(res.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    } finally {
      await api.close();
    }
  });
});
