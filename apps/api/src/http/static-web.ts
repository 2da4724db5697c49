import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { type NextFunction, type Request, type Response, Router } from "express";
import { PAGE_HEAD_MARK } from "./page-head";
import { withinMs } from "./time-limit";

/** Vite names what it puts under /assets by content hash: such a file never changes. */
const IMMUTABLE = "public, max-age=31536000, immutable";
/** index.html and unhashed files: kept, but asked again (a cheap 304) before each use. */
const REVALIDATE = "no-cache";
/** How long the page waits for its heading (a session look-up): after that it goes without, as it did before. */
const PAGE_HEAD_MS = 300;

/** What the build precompressed beside a file, best first (see apps/web/vite/precompress.ts). */
const ENCODINGS = [
  { name: "br", suffix: ".br" },
  { name: "gzip", suffix: ".gz" },
] as const;
type Encoding = (typeof ENCODINGS)[number]["name"];

/**
 * The best of `offered` by the Accept-Encoding header's q-values, ours first on a tie (browsers
 * list gzip before br, meaning no preference); none when nothing offered beats identity.
 */
export function preferredEncoding<E extends { name: string }>(header: string | undefined, offered: readonly E[]): E | undefined {
  const q = new Map<string, number>();
  for (const part of (header ?? "").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const value = params.map((p) => p.trim().match(/^q=([0-9.]+)$/)?.[1]).find((v) => v !== undefined);
    q.set(name, value === undefined ? 1 : Number(value));
  }
  const quality = (name: string) => q.get(name) ?? q.get("*") ?? 0;
  let best: E | undefined;
  for (const e of offered) if (quality(e.name) > 0 && (!best || quality(e.name) > quality(best.name))) best = e;
  // Identity is acceptable unless refused, and wins when the client rates it higher.
  return best && !(q.has("identity") && quality("identity") > quality(best.name)) ? best : undefined;
}

/** The built files by URL path, with the encodings present beside each. */
function listFiles(root: string) {
  const files = new Map<string, { name: string; encodings: Set<Encoding> }>();
  const names = new Set(readdirSync(root, { recursive: true, encoding: "utf8" }).map((name) => name.split(path.sep).join("/")));
  for (const name of names) {
    // Never the build's own records (.vite/manifest.json) nor the compressed copies themselves.
    if (name.split("/").some((part) => part.startsWith(".")) || ENCODINGS.some((e) => name.endsWith(e.suffix))) continue;
    const encodings = new Set(ENCODINGS.filter((e) => names.has(name + e.suffix)).map((e) => e.name));
    files.set(`/${name}`, { name, encodings });
  }
  return files;
}

/**
 * The built web app: each file as precompressed brotli or gzip when the browser accepts it
 * (`Content-Encoding`, `Vary: Accept-Encoding`, the original's Content-Type), hashed assets
 * cached for a year, index.html revalidated, and the app for every client-side route, with the
 * page's heading in its frame where `pageHead` gives one for the request (page-head.ts; compressed
 * as it goes, by the app's compression). The folder is read once, at start: `npm start` builds
 * before it serves.
 */
export function webAppRouter(webDist: string, pageHead?: (req: Request) => Promise<string | null>): Router {
  const files = listFiles(webDist);
  const index = files.get("/index.html");
  const indexHtml = index ? readFileSync(`${webDist}/${index.name}`, "utf8") : "";
  const router = Router();

  const send = (req: Request, res: Response, urlPath: string, next: NextFunction) => {
    const entry = files.get(urlPath);
    if (!entry) return next();
    const offered = ENCODINGS.filter((e) => entry.encodings.has(e.name));
    const encoding = offered.length ? preferredEncoding(req.get("accept-encoding"), offered) : undefined;
    if (offered.length) res.vary("Accept-Encoding");
    if (encoding) res.setHeader("Content-Encoding", encoding.name);
    res.type(path.extname(entry.name));
    res.setHeader("Cache-Control", urlPath.startsWith("/assets/") ? IMMUTABLE : REVALIDATE);
    res.sendFile(
      encoding ? entry.name + encoding.suffix : entry.name,
      { root: webDist, cacheControl: false },
      (err?: NodeJS.ErrnoException) => {
        // A browser that stops loading (a reload, a download) is no error of the server's.
        if (!err || res.headersSent || err.code === "ECONNABORTED") return;
        next(err);
      },
    );
  };

  router.get(/.*/, (req, res, next) => {
    send(req, res, req.path, next);
  });
  // Client-side routes get the app; a file under /assets that is not there is a 404, not the app.
  if (index) {
    router.get(/^(?!\/graphql|\/exports|\/calendar|\/assets\/).*/, async (req, res, next) => {
      // The same address is drawn for whoever is logged in, in their language.
      if (pageHead) res.vary("Cookie");
      let head: string | null = null;
      try {
        head = pageHead && indexHtml.includes(PAGE_HEAD_MARK) ? await withinMs(PAGE_HEAD_MS, pageHead(req), () => null) : null;
      } catch (error) {
        // The page without its heading: the app's own first request says what is wrong, in its words.
        console.error("page heading:", error);
      }
      if (!head) {
        send(req, res, "/index.html", next);
        return;
      }
      res.type("html");
      // This reader's page: no shared cache keeps it.
      res.setHeader("Cache-Control", `private, ${REVALIDATE}`);
      res.send(indexHtml.replace(PAGE_HEAD_MARK, () => head));
    });
  }
  return router;
}
