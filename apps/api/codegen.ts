import type { CodegenConfig } from "@graphql-codegen/cli";

// The API tests' documents, typed from the committed schema: a change to the schema that a test's
// query no longer fits fails `tsc` (and `--check` fails when src/test/generated/ is stale).
// Run after `tsx src/print-schema.ts`: `pnpm --filter @bk/api codegen`.
const config: CodegenConfig = {
  schema: "schema.graphql",
  documents: ["src/**/*.test.ts", "src/test/**/*.ts", "!src/test/generated/**/*"],
  ignoreNoDocuments: true,
  generates: {
    "src/test/generated/": {
      preset: "client",
      presetConfig: { fragmentMasking: false, gqlTagName: "graphql" },
      config: {
        // As they travel in JSON.
        scalars: { Money: "string", Date: "string", DateTime: "string" },
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
