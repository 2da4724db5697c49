import { readFileSync } from "node:fs";
import path from "node:path";
import type { Plugin } from "vite";

/**
 * Replaces each `graphql(`…`)` call with the document codegen generated for it, written inline,
 * so that a document travels in the chunk of the page that uses it. Left alone, the client
 * preset's `graphql()` looks documents up in one map holding all of them (src/gql/gql.ts), and
 * every document lands in the first download. (The preset's babel plugin would import each
 * document from src/gql/graphql.ts instead: one module, so still one chunk for all of them.)
 * Only for builds: in development the map gives the same documents.
 */
export function inlineGraphqlDocuments(gqlDir: string): Plugin {
  let documents = new Map<string, string>();
  return {
    name: "bk:inline-graphql-documents",
    apply: "build",
    buildStart() {
      documents = generatedDocuments(gqlDir);
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(gqlDir) || !code.includes("graphql(`")) return null;
      let missing: string | undefined;
      const out = code.replace(/\bgraphql\(\s*`([^`]*)`\s*\)/g, (call, source: string) => {
        const document = documents.get(source);
        if (document === undefined || source.includes("${") || source.includes("\\")) {
          missing ??= source.trim().split("\n")[0];
          return call;
        }
        return document;
      });
      if (missing)
        this.error(
          `no generated document for \`${missing}\` in ${path.relative(process.cwd(), id)}: run graphql-codegen (pnpm --filter @bk/web codegen)`,
        );
      return { code: out, map: null };
    },
  };
}

/** Each generated document's export name (`ViewerDocument`) → its DocumentNode as JSON. */
export function generatedDocumentsByName(gqlDir: string) {
  const types = readFileSync(path.join(gqlDir, "graphql.ts"), "utf8");
  const json = new Map<string, string>();
  for (const [, name, document] of types.matchAll(/^export const (\w+) = (\{"kind":"Document".*\}) as unknown as DocumentNode<.*>;$/gm)) {
    json.set(name, document);
  }
  return json;
}

/** Each document's source text (as written in the code) → its generated DocumentNode as JSON. */
function generatedDocuments(gqlDir: string) {
  const map = readFileSync(path.join(gqlDir, "gql.ts"), "utf8");
  const json = generatedDocumentsByName(gqlDir);
  const documents = new Map<string, string>();
  for (const [, source, name] of map.matchAll(/^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm)) {
    const document = json.get(name);
    if (document) documents.set(JSON.parse(source), document);
  }
  if (documents.size === 0) throw new Error(`no GraphQL documents found in ${gqlDir}: run graphql-codegen (pnpm --filter @bk/web codegen)`);
  return documents;
}
