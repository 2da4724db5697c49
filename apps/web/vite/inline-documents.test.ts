import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { inlineGraphqlDocuments } from "./inline-documents.ts";

const src = fileURLToPath(new URL("../src/", import.meta.url));
const gqlDir = path.join(src, "gql/");

type Hook = (this: { error(message: string): never }, ...args: unknown[]) => { code: string } | null;
function pluginHooks() {
  const plugin = inlineGraphqlDocuments(gqlDir);
  const context = {
    error(message: string): never {
      throw new Error(message);
    },
  };
  (plugin.buildStart as unknown as Hook).call(context);
  return (code: string, id: string) => (plugin.transform as unknown as Hook).call(context, code, id);
}

const sourcesWithDocuments = readdirSync(src, { recursive: true, encoding: "utf8" })
  .filter((name) => /\.tsx?$/.test(name) && !name.startsWith(`gql${path.sep}`))
  .map((name) => path.join(src, name))
  .filter((file) => readFileSync(file, "utf8").includes("graphql(`"));

describe("GraphQL documents inlined at build", () => {
  it("every graphql(`…`) call of the app becomes its generated document (so each lands in its page's chunk)", () => {
    const transform = pluginHooks();
    expect(sourcesWithDocuments.length).toBeGreaterThan(5);
    for (const file of sourcesWithDocuments) {
      const code = readFileSync(file, "utf8");
      const calls = code.match(/graphql\(`/g)?.length ?? 0;
      const out = transform(code, file)?.code ?? "";
      expect(out, file).not.toContain("graphql(`");
      expect(out.match(/\{"kind":"Document"/g)?.length, file).toBe(calls);
    }
  });

  it("a document codegen has not seen stops the build, saying to run codegen", () => {
    const transform = pluginHooks();
    const code = 'import { graphql } from "../gql";\nexport const Q = graphql(`\n  query NotGenerated { viewer { id } }\n`);\n';
    expect(() => transform(code, path.join(src, "features", "x.queries.ts"))).toThrow(/query NotGenerated.*graphql-codegen/);
  });

  it("leaves files without documents, and the generated files themselves, alone", () => {
    const transform = pluginHooks();
    expect(transform("export const a = 1;", path.join(src, "a.ts"))).toBeNull();
    expect(transform("graphql(`x`)", path.join(gqlDir, "gql.ts"))).toBeNull();
  });
});
