import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { printSchema } from "graphql";
import { schema } from "./schema";

/** Writes apps/api/schema.graphql; `--check` fails when the committed file is stale. */
const file = fileURLToPath(new URL("../schema.graphql", import.meta.url));
const printed = `${printSchema(schema)}\n`;
if (process.argv.includes("--check")) {
  const { readFileSync } = await import("node:fs");
  const current = readFileSync(file, "utf8");
  if (current !== printed) {
    console.error("apps/api/schema.graphql is stale: run `pnpm --filter @bk/api schema:print`");
    process.exit(1);
  }
  console.log("schema.graphql is up to date");
} else {
  writeFileSync(file, printed);
  console.log(`wrote ${file}`);
}
