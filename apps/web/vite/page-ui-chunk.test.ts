import { describe, expect, it } from "vitest";
import { barrelParts, initialModules, namedImports } from "./page-ui-chunk.ts";

const CORE = "/nm/.pnpm/@mantine+core@9/node_modules/@mantine/core/esm";

/** A module graph as Rolldown's plugin context shows it: each module's code and static imports. */
function graph(modules: Record<string, { code?: string; imports?: string[]; entry?: boolean }>) {
  return {
    getModuleIds: () => Object.keys(modules)[Symbol.iterator](),
    getModuleInfo: (id: string) => {
      const m = modules[id];
      return m ? ({ id, code: m.code ?? "", importedIds: m.imports ?? [], isEntry: !!m.entry } as never) : null;
    },
  };
}

describe("the pages' UI chunk", () => {
  it("reads the names a module imports from a package, types and renames included", () => {
    const code = `import { Box, Burger as B, type MantineTheme } from "@mantine/core";\nimport { useId } from '@mantine/hooks';`;
    expect(namedImports(code, "@mantine/core")).toEqual(["Box", "Burger", "MantineTheme"]);
    expect(namedImports(code, "@mantine/hooks")).toEqual(["useId"]);
    expect(namedImports(code, "@mantine/dates")).toEqual([]);
  });

  it("reads which file of a barrel each name comes from", () => {
    const barrel = `import { Box } from "./core/Box/Box.mjs";\nimport { em, rem } from "./core/utils/rem.mjs";\nexport { Box, em, rem };`;
    expect([...barrelParts(barrel)]).toEqual([
      ["Box", "./core/Box/Box.mjs"],
      ["em", "./core/utils/rem.mjs"],
      ["rem", "./core/utils/rem.mjs"],
    ]);
  });

  it("counts as the frame's only what the entry's modules import by name through the barrel, and what those import", () => {
    const initial = initialModules(
      graph({
        "/app/main.tsx": { entry: true, imports: ["/app/Layout.tsx", "/app/Page.tsx?lazy"] },
        "/app/Layout.tsx": { code: `import { Burger } from "@mantine/core";`, imports: [`${CORE}/index.mjs`] },
        [`${CORE}/index.mjs`]: {
          code: `import { Burger } from "./components/Burger/Burger.mjs";\nimport { Select } from "./components/Select/Select.mjs";`,
          imports: [`${CORE}/components/Burger/Burger.mjs`, `${CORE}/components/Select/Select.mjs`],
        },
        [`${CORE}/components/Burger/Burger.mjs`]: { imports: [`${CORE}/core/Box/Box.mjs`] },
        [`${CORE}/core/Box/Box.mjs`]: {},
        [`${CORE}/components/Select/Select.mjs`]: { imports: [`${CORE}/core/Box/Box.mjs`] },
      }),
    );
    expect(initial.has(`${CORE}/components/Burger/Burger.mjs`)).toBe(true);
    expect(initial.has(`${CORE}/core/Box/Box.mjs`)).toBe(true);
    // Imported by the barrel, but by no module of the frame: the pages' chunk may take it.
    expect(initial.has(`${CORE}/components/Select/Select.mjs`)).toBe(false);
  });
});
