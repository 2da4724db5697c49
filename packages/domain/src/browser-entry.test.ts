import { builtinModules } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

/**
 * `@bk/domain` (src/index.ts) is imported by the web app: nothing reachable from it at run time
 * may need Node, a database driver, Prisma's runtime or the server entry. esbuild bundles the
 * entry as the browser would get it (type-only imports vanish, as they do in the real build) and
 * reports every file and package it reaches.
 */
const SRC = path.dirname(fileURLToPath(import.meta.url));

/** Packages a browser bundle of the domain may contain; add one only after checking that it runs in a browser. */
const BROWSER_PACKAGES = ["zod"];
/** Never in the browser: database drivers and Prisma's runtime. */
const FORBIDDEN_PACKAGES = /^(pg|pg-.*|@prisma\/.*|\.prisma\/.*|@electric-sql\/pglite.*|pglite-prisma-adapter|prisma)$/;
/** Of the generated Prisma files, only the enums (plain objects) are for the browser. */
const GENERATED_FOR_BROWSER = ["generated/prisma/enums.ts"];

type Reach = { files: string[]; packages: string[] };

async function reachableFrom(entry: string): Promise<Reach> {
  const packages = new Set<string>();
  const result = await build({
    absWorkingDir: SRC,
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    platform: "browser",
    format: "esm",
    logLevel: "silent",
    plugins: [
      {
        name: "record-packages",
        setup(b) {
          // Bare imports (packages and Node's modules) are recorded and left out; files are followed.
          b.onResolve({ filter: /^[^./]/ }, (args) => {
            packages.add(args.path.startsWith("@") ? args.path.split("/").slice(0, 2).join("/") : args.path.split("/")[0]);
            return { path: args.path, external: true };
          });
        },
      },
    ],
  });
  const files = Object.keys(result.metafile.inputs).map((f) => path.relative(SRC, path.resolve(SRC, f)).split(path.sep).join("/"));
  return { files: files.sort(), packages: [...packages].sort() };
}

const isNodeModule = (name: string) => name.startsWith("node:") || builtinModules.includes(name);

function problemsOf({ files, packages }: Reach) {
  return {
    nodeModules: packages.filter(isNodeModule),
    forbiddenPackages: packages.filter((p) => FORBIDDEN_PACKAGES.test(p)),
    serverFiles: files.filter((f) => f.startsWith("server/")),
    generatedRuntime: files.filter((f) => f.startsWith("generated/") && !GENERATED_FOR_BROWSER.includes(f)),
  };
}

describe("the browser entry src/index.ts", () => {
  it("reaches no Node module, database driver, Prisma runtime or server file", async () => {
    const reach = await reachableFrom("index.ts");
    expect(reach.files).toContain("search/fold.ts"); // the walk did follow the entry's exports
    expect(problemsOf(reach)).toEqual({ nodeModules: [], forbiddenPackages: [], serverFiles: [], generatedRuntime: [] });
  });

  it("uses only packages known to run in a browser", async () => {
    const { packages } = await reachableFrom("index.ts");
    expect(packages.filter((p) => !BROWSER_PACKAGES.includes(p))).toEqual([]);
  });

  it("would be caught reaching them: the server entry is", async () => {
    const problems = problemsOf(await reachableFrom("server/index.ts"));
    expect(problems.nodeModules).toEqual(expect.arrayContaining(["node:crypto", "node:fs"]));
    expect(problems.forbiddenPackages).toEqual(expect.arrayContaining(["pg", "@electric-sql/pglite", "@prisma/client"]));
    expect(problems.serverFiles).toContain("server/database.ts");
    expect(problems.generatedRuntime).toContain("generated/prisma/client.ts");
  });
});
