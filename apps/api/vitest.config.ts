import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  // One graphql instance: the file Node itself resolves (Pothos and Apollo load that one).
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }] },
  test: {
    include: ["src/**/*.test.ts"],
    // Migrates and seeds once per run; each file's startTestApi() copies the templates.
    globalSetup: ["src/test/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { CHECKPOINT_DISABLE: "1" },
  },
});
