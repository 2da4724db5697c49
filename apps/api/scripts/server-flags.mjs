// The flags `node` runs the server with, wherever it is run: `npm start` (scripts/start.mjs), the
// end-to-end tests (e2e/playwright.config.ts), `pnpm --filter @bk/api start` and the bench's API
// process (bench/county/servers.ts).
//
// --max-semi-space-size=32: V8's young generation holds a request's short-lived objects (GraphQL
// results, Prisma rows); at the default 16 MB semi-spaces it filled many times a second under load and
// garbage collection took 10-17 % of the API's CPU. pnpm bench at 10 000 grants, API CPU per request,
// default -> 32 MB: W1 6.35 -> 5.02 ms, W5 13.07 -> 12.08 ms (64 MB: 4.62, 11.88), for up to ~50 MB more memory.
export const SERVER_NODE_FLAGS = ["--enable-source-maps", "--max-semi-space-size=32"];
