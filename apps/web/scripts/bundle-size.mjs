// Prints what the browser downloads before the first page can render: the entry chunk and
// everything it imports statically (from Vite's manifest), with raw, gzip and brotli sizes,
// then the lazily loaded rest. Run after `vite build`: `pnpm --filter @bk/web size`.
// `--budget <KB>`: fails (exit 1) when the entry and its static imports exceed that many KB of
// JavaScript gzipped (issue 11: 150); `npm test` checks it after building the web app.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "dist");
const manifestFile = path.join(dist, ".vite", "manifest.json");
if (!existsSync(manifestFile)) {
  console.error(`✖ ${path.relative(process.cwd(), manifestFile)} is missing: build the web app first (pnpm --filter @bk/web build).`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestFile, "utf8"));
const budgetAt = process.argv.indexOf("--budget");
const budget = budgetAt > 0 ? Number(process.argv[budgetAt + 1]) : null;
if (budget !== null && !(budget > 0)) {
  console.error("✖ --budget needs a size in KB (gzip), e.g. --budget 150");
  process.exit(2);
}

/** The chunks of `keys` (manifest keys) and their static imports, depth first, each once, with their CSS. */
function staticFiles(keys) {
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const key of keys) visit(key);
  return [...files];
}

/** The entry and its static imports. */
const initialFiles = () => staticFiles(Object.keys(manifest).filter((key) => manifest[key].isEntry));

function sizes(file) {
  const bytes = readFileSync(path.join(dist, file));
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(10);
function table(title, files) {
  const rows = files.map((file) => ({ file, ...sizes(file) }));
  const sum = (kind, ext) => rows.filter((r) => r.file.endsWith(ext)).reduce((s, r) => s + r[kind], 0);
  console.log(`\n${title}`);
  console.log(`${"file".padEnd(48)}${"raw".padStart(10)}${"gzip".padStart(10)}${"brotli".padStart(10)}`);
  for (const r of rows.sort((a, b) => b.gzip - a.gzip)) console.log(`${r.file.padEnd(48)}${kb(r.raw)}${kb(r.gzip)}${kb(r.brotli)}`);
  for (const ext of [".js", ".css"])
    console.log(`${`total ${ext}`.padEnd(48)}${kb(sum("raw", ext))}${kb(sum("gzip", ext))}${kb(sum("brotli", ext))}`);
}

const initial = initialFiles();
/** Each language's strings (src/i18n/sv.ts, en.ts): main.tsx loads the reader's before the first render. */
const languages = Object.entries(manifest)
  .filter(([key]) => /src\/i18n\/(sv|en)\.ts$/.test(key))
  .map(([, chunk]) => chunk.file);
const everything = readdirSync(path.join(dist, "assets"))
  .filter((f) => /\.(js|css)$/.test(f))
  .map((f) => `assets/${f}`);
table("Initial (entry and its static imports)", initial);
table("Also before the first render: the reader's language (one of these)", languages);
const jsGzip = (files) => files.filter((f) => f.endsWith(".js")).reduce((s, f) => s + sizes(f).gzip, 0);
const largestLanguage = Math.max(0, ...languages.map((f) => sizes(f).gzip));
console.log(`${"initial .js + one language".padEnd(48)}${"".padStart(10)}${kb(jsGzip(initial) + largestLanguage)}`);
// index.html's own classic scripts (vite/early-viewer.ts: the Viewer request, the page's preloads), not in the manifest.
const htmlScripts = [...readFileSync(path.join(dist, "index.html"), "utf8").matchAll(/<script src="\/(assets\/[^"]+\.js)"/g)].map(
  (m) => m[1],
);
table("index.html's early script", htmlScripts);
table(
  "Loaded when used (lazy chunks)",
  everything.filter((f) => !initial.includes(f)),
);
table("All JS and CSS", everything);

// What opening each page downloads beyond the initial files (its chunk, what it imports, their CSS):
// where a library a page does not use (zod, the charts) slips into a page's own download.
console.log(
  `\nEach page's own download, beyond the initial files\n${"page".padEnd(48)}${"gzip js".padStart(10)}${"gzip css".padStart(10)}  files`,
);
for (const key of Object.keys(manifest)
  .filter((k) => /src\/features\/.*Page\.tsx$/.test(k))
  .sort()) {
  const own = staticFiles([key]).filter((f) => !initial.includes(f));
  const gz = (ext) => own.filter((f) => f.endsWith(ext)).reduce((s, f) => s + sizes(f).gzip, 0);
  console.log(`${path.basename(key).padEnd(48)}${kb(gz(".js"))}${kb(gz(".css"))}  ${own.length}`);
}

if (budget !== null) {
  const used = jsGzip(initial) / 1024;
  const verdict = `initial JS ${used.toFixed(1)} KB gzip, budget ${budget} KB`;
  if (used > budget) {
    console.error(`\n✖ ${verdict}: the first download has grown; load the new code where it is used (lazyComponent, import())`);
    process.exit(1);
  }
  console.log(`\n✔ ${verdict}`);
}
