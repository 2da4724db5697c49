// `npm start`: install what is missing, build the web app, and serve it and /graphql from one
// process on the embedded database (or DATABASE_URL), seeded with the five source documents.
import { assertDataFolderFree, ensureInstalled, pnpm, step } from "./lib.mjs";

assertDataFolderFree();
ensureInstalled();
step("Building the web app");
pnpm(["--filter", "@bk/web", "build"]);
step("Starting Bidragskollen");
// Production mode: no development error pages, no development warnings.
pnpm(["--filter", "@bk/api", "start"], { env: { NODE_ENV: "production" } });
