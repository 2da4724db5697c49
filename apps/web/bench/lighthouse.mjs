// Lighthouse (mobile preset: Moto G Power screen, simulated slow 4G and 4× CPU slowdown) on the
// four pages of issue 11, logged in, against the production build served as `npm start` serves it:
// `pnpm --filter @bk/web bench:lighthouse [--runs 3] [--no-build]`.
// Builds the web app and the server, starts the server on a fresh embedded database (seeded, with
// the demo users), logs in as the county board officer, and prints per page the median run's
// performance score, FCP, LCP, TBT, CLS and the LCP element. The full reports (JSON) are kept in
// the folder printed at the end. A benchmark, not a test: it prints figures and checks nothing.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import puppeteer from "puppeteer-core";

const WEB = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ROOT = path.resolve(WEB, "..", "..");
const DEMO_PASSWORD = "lighthouse demo-lösenord";
const OFFICER = "handlaggare@bidragskollen.local";

const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    "no-build": { type: "boolean", default: false },
    chromium: { type: "string", default: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" },
  },
});
const runs = Math.max(1, Number(args.runs));

function sh(cmd, cmdArgs) {
  const r = spawnSync(cmd, cmdArgs, { cwd: ROOT, stdio: "inherit" });
  if (r.status !== 0) throw new Error(`${cmd} ${cmdArgs.join(" ")} failed`);
}

/** The server as `npm start` runs it (production mode), on its own data folder and a free port. */
async function startServer(dataDir) {
  const server = spawn(process.execPath, [path.join(ROOT, "apps", "api", "dist", "main.js")], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: "0",
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      DATABASE_URL: "",
      CHECKPOINT_DISABLE: "1",
      DEMO_PASSWORD,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const base = await new Promise((resolve, reject) => {
    let out = "";
    server.stdout.on("data", (chunk) => {
      out += chunk;
      const m = /running at (http:\/\/[^/\s]+)\//.exec(out);
      if (m) resolve(m[1]);
    });
    server.on("exit", (code) => reject(new Error(`the server stopped (${code}):\n${out}`)));
  });
  return { base, stop: () => server.kill("SIGTERM") };
}

async function gql(base, query, variables, cookie) {
  const response = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { data: body.data, setCookie: response.headers.getSetCookie() };
}

/** The officer's session cookie and the four pages: the start page, the list, a grant and a project's financing. */
async function pages(base) {
  const login = await gql(base, "mutation ($input: LogInInput!) { logIn(input: $input) { __typename } }", {
    input: { email: OFFICER, password: DEMO_PASSWORD },
  });
  const cookie = login.setCookie.map((c) => c.split(";")[0]).join("; ");
  const { data } = await gql(
    base,
    `{ projects(first: 1, where: { text: "Relationsvåldscentrum" }) { edges { node { id } } }
       grants(first: 1, where: { text: "Relationsvåldscentrum" }) { edges { node { id } } } }`,
    {},
    cookie,
  );
  const project = data.projects.edges[0].node.id;
  const grant = data.grants.edges[0].node.id;
  return {
    cookie,
    pages: [
      { name: "start", path: "/" },
      { name: "grants", path: "/grants" },
      { name: "grant", path: `/grants/${encodeURIComponent(grant)}` },
      { name: "financing", path: `/financing/${encodeURIComponent(project)}` },
    ],
  };
}

function lcpElement(lhr) {
  // Lighthouse 12: a list of tables, the first naming the element.
  const items = lhr.audits["largest-contentful-paint-element"]?.details?.items ?? [];
  const node = items[0]?.items?.[0]?.node ?? items[0]?.node;
  return node ? `${node.nodeLabel ?? ""} ${node.selector ? `(${node.selector.split(" > ").slice(-2).join(" > ")})` : ""}`.trim() : "";
}

function figures(lhr) {
  const ms = (id) => Math.round(lhr.audits[id].numericValue);
  return {
    score: Math.round(lhr.categories.performance.score * 100),
    fcp: ms("first-contentful-paint"),
    lcp: ms("largest-contentful-paint"),
    tbt: ms("total-blocking-time"),
    cls: lhr.audits["cumulative-layout-shift"].numericValue.toFixed(3),
    element: lcpElement(lhr),
  };
}

/**
 * One Lighthouse run, in a Chromium of its own (no cache, no cookies of an earlier run), with the
 * session cookie in the browser's own cookie jar, as a logged-in reader's browser has it: sent as an
 * extra header instead, it gave way to the first cookie the app wrote (the reader's language), and
 * the page's later requests went without it. Again (up to twice) when Chromium's trace came out
 * unusable (NO_NAVSTART and the like). Lighthouse clears the origin's storage before each run: the
 * page opens in Swedish, as for a reader on a new phone.
 */
async function audit(url, cookie, attempt = 1) {
  const chrome = await chromeLauncher.launch({
    chromePath: args.chromium,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  let result;
  try {
    const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
    const page = await browser.newPage();
    const { hostname } = new URL(url);
    await browser.setCookie(
      ...cookie.split("; ").map((pair) => {
        const [name, ...value] = pair.split("=");
        return { name, value: value.join("="), domain: hostname, path: "/", httpOnly: true, sameSite: "Lax" };
      }),
    );
    result = await lighthouse(url, { output: "json", logLevel: "error", onlyCategories: ["performance"] }, undefined, page);
    await browser.disconnect();
  } finally {
    await chrome.kill();
  }
  if (!result) throw new Error(`no result for ${url}`);
  if (new URL(result.lhr.finalDisplayedUrl).pathname === "/login") throw new Error(`${url}: the login page, not the page (no session)`);
  const error = result.lhr.runtimeError;
  if (!error) return result;
  if (attempt >= 3) throw new Error(`${url}: ${error.message}`);
  return audit(url, cookie, attempt + 1);
}

if (!args["no-build"]) {
  sh(process.execPath, [path.join(ROOT, "apps", "api", "scripts", "build.mjs")]);
  sh("npx", ["-y", "pnpm@12.21.0", "--filter", "@bk/web", "build"]);
}
const dataDir = mkdtempSync(path.join(tmpdir(), "bk-lighthouse-db-"));
const reports = mkdtempSync(path.join(tmpdir(), "bk-lighthouse-"));
const server = await startServer(dataDir);
try {
  const { cookie, pages: list } = await pages(server.base);
  const rows = [];
  for (const page of list) {
    const results = [];
    for (let i = 0; i < runs; i++) {
      const url = `${server.base}${page.path}`;
      const result = await audit(url, cookie);
      writeFileSync(path.join(reports, `${page.name}-${i + 1}.json`), result.report);
      results.push(figures(result.lhr));
    }
    results.sort((a, b) => a.score - b.score);
    const median = results[Math.floor(results.length / 2)];
    rows.push({ page: page.name, ...median, all: results.map((r) => r.score).join("/") });
  }
  const cols = [
    ["page", 10],
    ["score", 7],
    ["all", 18],
    ["fcp", 7],
    ["lcp", 7],
    ["tbt", 6],
    ["cls", 7],
  ];
  console.log(`\nLighthouse 12 mobile (simulated throttling), median of ${runs} run(s); ms`);
  console.log(`${cols.map(([c, w]) => c.toUpperCase().padEnd(w)).join("")}LCP ELEMENT`);
  for (const row of rows) console.log(`${cols.map(([c, w]) => String(row[c]).padEnd(w)).join("")}${row.element}`);
  console.log(`\nreports: ${reports}`);
} finally {
  server.stop();
  setTimeout(() => rmSync(dataDir, { recursive: true, force: true }), 1000);
}
