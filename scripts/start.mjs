// `npm start`: install what is missing, build the web app and the server when their sources
// changed, and serve both from one `node` process in production mode on the embedded database
// (or DATABASE_URL), seeded with the five source documents.
import path from "node:path";
import { assertDataFolderFree, ensureInstalled, pnpm, ROOT, run, step } from "./lib.mjs";
import { unlessUnchanged } from "./source-hash.mjs";

/** What both builds read besides their own folder: the shared rules and the installed versions. */
const SHARED = ["packages/domain/src", "packages/domain/package.json", "pnpm-lock.yaml", "tsconfig.base.json"];

assertDataFolderFree();
ensureInstalled();

const web = unlessUnchanged({
  root: ROOT,
  inputs: [
    "apps/web/src",
    "apps/web/index.html",
    "apps/web/vite.config.ts",
    "apps/web/vite",
    "apps/web/public",
    "apps/web/package.json",
    ...SHARED,
  ],
  output: "apps/web/dist/index.html",
  stampFile: "apps/web/dist/.source-hash",
  work: () => {
    step("Building the web app");
    pnpm(["--filter", "@bk/web", "build"]);
  },
});
if (!web) step("Web app up to date (apps/web/dist)");

const server = unlessUnchanged({
  root: ROOT,
  inputs: ["apps/api/src", "apps/api/scripts", "apps/api/package.json", "prisma/seed", ...SHARED],
  output: "apps/api/dist/main.js",
  stampFile: "apps/api/dist/.source-hash",
  work: () => {
    step("Compiling the server");
    run(process.execPath, [path.join(ROOT, "apps", "api", "scripts", "build.mjs")]);
  },
});
if (!server) step("Server up to date (apps/api/dist)");

step("Starting Bidragskollen");
// Production mode: no development error pages, no development warnings, Pothos without its checks.
run(process.execPath, ["--enable-source-maps", path.join(ROOT, "apps", "api", "dist", "main.js")], { env: { NODE_ENV: "production" } });
