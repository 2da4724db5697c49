import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { SERVER_NODE_FLAGS } from "../apps/api/scripts/server-flags.mjs";
import { ADMIN, DEMO_PASSWORD } from "./users";

const PORT = Number(process.env.E2E_PORT ?? 4310);
const baseURL = `http://127.0.0.1:${PORT}`;
// Every run starts from a fresh embedded database, seeded from the source documents.
const dataDir = mkdtempSync(path.join(tmpdir(), "bk-e2e-"));

export default defineConfig({
  testDir: "tests",
  outputDir: "test-results",
  // Long flows (a grant from application to payment) on a shared 2-core machine: room for load, not a speed test.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL,
    locale: "sv-SE",
    timezoneId: "Europe/Stockholm",
    screenshot: "only-on-failure",
    trace: "off",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  // Read-only tests see the seeded data exactly; the tests that change data run after them.
  projects: [
    {
      name: "read-only",
      testMatch:
        /(grants|first-question|security|exports|accessibility|projects|every-page|phone|explorer|observation-aggregate|print|app-shell)\.spec\.ts/,
    },
    {
      name: "changes",
      testMatch:
        /(attention|grant-lifecycle|financing|partners-statistics|audit-trail|accounts|error-language|saved-queries|open-data)\.spec\.ts/,
      dependencies: ["read-only"],
    },
  ],
  webServer: {
    // The server as `npm start` runs it: compiled (in half a second) and run by node.
    command: `node ../apps/api/scripts/build.mjs && node ${SERVER_NODE_FLAGS.join(" ")} ../apps/api/dist/main.js`,
    url: `${baseURL}/readyz`,
    reuseExistingServer: false,
    timeout: 120_000,
    // As `npm start` runs it: production mode.
    env: {
      PORT: String(PORT),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      CHECKPOINT_DISABLE: "1",
      DATABASE_URL: "",
      NODE_ENV: "production",
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      DEMO_PASSWORD,
    },
    stdout: "pipe",
  },
});
