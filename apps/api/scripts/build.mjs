// Compiles the server for `npm start`: src/main.ts and the workspace code it uses (@bk/domain,
// @bk/seed) bundled into dist/main.js, run by plain `node` (no tsx at run time). Packages from
// npm stay outside the bundle, imported from where pnpm installed them.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const API = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUT_DIR = path.join(API, "dist");
const WORKSPACE = /^@bk\//;

/** An npm package (not @bk/*, not node:*) stays external, addressed by its resolved file relative to the bundle. */
const externalPackages = {
  name: "external-packages",
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (WORKSPACE.test(args.path) || args.pluginData?.resolving) return undefined;
      if (args.path.startsWith("node:")) return { path: args.path, external: true };
      const resolved = await b.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: { resolving: true },
      });
      if (resolved.errors.length) return { errors: resolved.errors };
      // The dependencies of @bk/domain and @bk/seed are not all visible from apps/api's node_modules:
      // the path found from the importing file is.
      const relative = path.relative(OUT_DIR, resolved.path).split(path.sep).join("/");
      return { path: relative.startsWith(".") ? relative : `./${relative}`, external: true };
    });
  },
};

/**
 * `import.meta.url` keeps meaning the source file's own address (the migrations, the seed's
 * documents and Prisma's client find their files from it), relative to the bundle so the clone can move.
 */
const sourceFileUrls = {
  name: "source-file-urls",
  setup(b) {
    b.onLoad({ filter: /\.(ts|mts|js|mjs)$/ }, async (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const text = await readFile(args.path, "utf8");
      if (!text.includes("import.meta.url")) return undefined;
      const relative = path.relative(OUT_DIR, args.path).split(path.sep).join("/");
      return {
        contents: text.replaceAll("import.meta.url", `new URL(${JSON.stringify(relative)}, import.meta.url).href`),
        loader: /\.m?ts$/.test(args.path) ? "ts" : "js",
      };
    });
  },
};

const started = Date.now();
await build({
  entryPoints: [path.join(API, "src", "main.ts")],
  outfile: path.join(OUT_DIR, "main.js"),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: "linked",
  keepNames: true,
  logLevel: "warning",
  plugins: [externalPackages, sourceFileUrls],
});
console.log(`server compiled to ${path.relative(process.cwd(), path.join(OUT_DIR, "main.js"))} in ${Date.now() - started} ms`);
