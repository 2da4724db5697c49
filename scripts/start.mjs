// `npm start`: install what is missing, build the web app and the server when their sources
// changed, and serve both from one `node` process in production mode on the embedded database
// (or DATABASE_URL), seeded with the five source documents.
import path from "node:path";
import { SERVER_NODE_FLAGS } from "../apps/api/scripts/server-flags.mjs";
import { assertDataFolderFree, ensureInstalled, pnpm, ROOT, run, runChangedSteps, step } from "./lib.mjs";

/** What both builds read besides their own folder: the shared rules and the installed versions. */
const SHARED = ["packages/domain/src", "packages/domain/package.json", "pnpm-lock.yaml", "tsconfig.base.json"];

assertDataFolderFree();
ensureInstalled();

runChangedSteps([
  {
    title: "Building the web app",
    upToDate: "Web app up to date (apps/web/dist)",
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
    run: () => pnpm(["--filter", "@bk/web", "build"]),
  },
  {
    title: "Compiling the server",
    upToDate: "Server up to date (apps/api/dist)",
    inputs: ["apps/api/src", "apps/api/scripts", "apps/api/package.json", "prisma/seed", ...SHARED],
    output: "apps/api/dist/main.js",
    stampFile: "apps/api/dist/.source-hash",
    run: () => run(process.execPath, [path.join(ROOT, "apps", "api", "scripts", "build.mjs")]),
  },
]);

step("Starting Bidragskollen");
// Production mode: no development error pages, no development warnings, Pothos without its checks.
run(process.execPath, [...SERVER_NODE_FLAGS, path.join(ROOT, "apps", "api", "dist", "main.js")], { env: { NODE_ENV: "production" } });
