// `npm test`: install what is missing, then every check and test: generated files fresh, lint,
// types, unit and API integration tests (embedded PostgreSQL, and a PostgreSQL server when
// TEST_DATABASE_URL is set), and end-to-end tests in a real browser against the built app.
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { ensureChromium, ensureInstalled, pnpm, ROOT, run, step } from "./lib.mjs";

const reports = path.join(ROOT, ".data", "test-reports");
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const tally = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function vitest(pkg, name, env = {}) {
  step(`Unit and integration tests: ${name}`);
  const file = path.join(reports, `${name}.json`);
  const code = pnpm(["--filter", pkg, "exec", "vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${file}`], {
    env,
    allowFail: true,
  });
  try {
    const r = JSON.parse(readFileSync(file, "utf8"));
    tally.passed += r.numPassedTests;
    tally.failed += r.numFailedTests;
    tally.skipped += r.numPendingTests + r.numTodoTests;
  } catch {
    tally.failed += 1;
  }
  if (code !== 0) failures.push(name);
}

ensureInstalled();

step("Checking that apps/api/schema.graphql is up to date");
pnpm(["--filter", "@bk/api", "exec", "tsx", "src/print-schema.ts", "--check"]);
step("Checking that the web app's generated GraphQL types are up to date");
pnpm(["--filter", "@bk/web", "exec", "graphql-codegen", "--config", "codegen.ts", "--check"]);
step("Checking that the API tests' generated GraphQL types are up to date");
pnpm(["--filter", "@bk/api", "exec", "graphql-codegen", "--config", "codegen.ts", "--check"]);
step("Checking that prisma/schema.prisma has no change without a migration");
run(process.execPath, ["scripts/check-migrations.mjs"]);
step("Lint and format (Biome)");
pnpm(["exec", "biome", "check", "."]);
step("Type check");
pnpm(["exec", "turbo", "run", "typecheck", "--output-logs=errors-only"]);

vitest("@bk/domain", "domain");
vitest("@bk/seed", "seed");
// Explicitly embedded: CI exports TEST_DATABASE_URL for the PostgreSQL run below.
vitest("@bk/api", "api-pglite", { TEST_DATABASE_URL: "" });
if (process.env.TEST_DATABASE_URL) {
  vitest("@bk/api", "api-postgresql", { TEST_DATABASE_URL: process.env.TEST_DATABASE_URL });
} else {
  console.log("(TEST_DATABASE_URL not set: API integration tests ran on embedded PostgreSQL only)");
}
vitest("@bk/web", "web");

const chromium = ensureChromium();
step("Building the web app for the end-to-end tests");
pnpm(["--filter", "@bk/web", "build"]);
step("Checking the first download: the app's entry and its static imports at most 150 KB of JavaScript gzipped");
pnpm(["--filter", "@bk/web", "size", "--budget", "150"]);
step("End-to-end tests (Playwright, Chromium)");
const e2eReport = path.join(reports, "e2e.json");
const e2eCode = pnpm(["--filter", "@bk/e2e", "exec", "playwright", "test", "--reporter=list,json"], {
  env: { CHROMIUM_PATH: chromium, PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport },
  allowFail: true,
});
try {
  const r = JSON.parse(readFileSync(e2eReport, "utf8"));
  tally.passed += r.stats.expected + r.stats.flaky;
  tally.failed += r.stats.unexpected;
  tally.skipped += r.stats.skipped;
} catch {
  tally.failed += 1;
}
if (e2eCode !== 0) failures.push("e2e");

console.log(`\n${failures.length ? `✖ failed: ${failures.join(", ")}` : "✔ all checks and tests passed"}`);
console.log(`tests: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`);
process.exit(failures.length || tally.failed ? 1 : 0);
