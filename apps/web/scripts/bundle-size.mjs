// Prints what the browser downloads before the first page can render: the entry chunk and
// everything it imports statically (from Vite's manifest), with raw, gzip and brotli sizes,
// then the lazily loaded rest. Run after `vite build`: `pnpm --filter @bk/web size`.
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
