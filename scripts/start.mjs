// `npm start`: install what is missing, build the web app, and serve it and /graphql from one
// process on the embedded database (or DATABASE_URL), seeded with the five source documents.
import { ensureInstalled, pnpm, step } from "./lib.mjs";

ensureInstalled();
step("Building the web app");
pnpm(["--filter", "@bk/web", "build"]);
step("Starting Bidragskollen");
pnpm(["--filter", "@bk/api", "start"]);
