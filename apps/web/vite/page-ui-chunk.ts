import path from "node:path";
import type { Plugin, Rolldown } from "vite";

/** Mantine's components and hooks, and Floating UI under them: the UI the pages are made of. */
const UI =
  /[\\/]node_modules[\\/](?:\.pnpm[\\/][^\\/]+[\\/]node_modules[\\/])?(?:@mantine[\\/](?:core|hooks)|@floating-ui[\\/][^\\/]+)[\\/]/;
/** A package's index, which imports every part of it (a barrel). */
const BARREL = /[\\/]@mantine[\\/](core|hooks)[\\/]esm[\\/]index\.mjs$/;

/** The names a module imports from a package: `import { A, B as C } from "pkg"` → A, B. */
export function namedImports(code: string, pkg: string): string[] {
  const names: string[] = [];
  const from = new RegExp(`import\\s*(?:type\\s*)?\\{([^}]*)\\}\\s*from\\s*["']${pkg.replace(/[/]/g, "\\/")}["']`, "g");
  for (const [, list] of code.matchAll(from)) {
    for (const part of list.split(",")) {
      const name = part
        .trim()
        .replace(/^type\s+/, "")
        .split(/\s+as\s+/)[0];
      if (name) names.push(name);
    }
  }
  return names;
}

/** A barrel's names and the files they come from (`import { a, b as c } from "./x.mjs"`), relative to it. */
export function barrelParts(code: string): Map<string, string> {
  const parts = new Map<string, string>();
  for (const [, list, file] of code.matchAll(/import\s*\{([^}]*)\}\s*from\s*"(\.[^"]+)"/g)) {
    for (const part of list.split(",")) {
      const [name, alias] = part.trim().split(/\s+as\s+/);
      if (name) parts.set(alias ?? name, file);
    }
  }
  return parts;
}

type Graph = Pick<Rolldown.PluginContext, "getModuleIds" | "getModuleInfo">;

/**
 * The modules the entries need before the first render, as far as the UI goes: their static imports,
 * but through a barrel only the parts actually imported by name (a barrel imports every component,
 * so following it would count all of Mantine as needed by the app's frame).
 */
export function initialModules(graph: Graph): Set<string> {
  const seen = new Set<string>();
  const barrels = new Map<string, Map<string, string>>();
  const partsOf = (barrel: string) => {
    const known = barrels.get(barrel);
    if (known) return known;
    const parts = barrelParts(graph.getModuleInfo(barrel)?.code ?? "");
    barrels.set(barrel, parts);
    return parts;
  };
  const walk = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    if (BARREL.test(id)) return;
    const info = graph.getModuleInfo(id);
    for (const imported of info?.importedIds ?? []) {
      const barrel = BARREL.exec(imported);
      if (!barrel) {
        walk(imported);
        continue;
      }
      seen.add(imported);
      const parts = partsOf(imported);
      for (const name of namedImports(info?.code ?? "", `@mantine/${barrel[1]}`)) {
        const file = parts.get(name);
        if (file) walk(path.resolve(path.dirname(imported), file));
      }
    }
  };
  for (const id of graph.getModuleIds()) if (graph.getModuleInfo(id)?.isEntry) walk(id);
  return seen;
}

/**
 * The UI the pages use beyond the app's frame, in one chunk: without it, each page came in dozens of
 * small chunks (one per set of pages sharing a component: the start page ~40 files), and a phone on a
 * slow network asks for six at a time. What the frame needs stays in the first download as before
 * (`initialModules`); a build whose first download would take the page UI fails instead of growing
 * it unseen.
 */
export function pageUiChunk(): { plugin: Plugin; frame: (id: string) => boolean; pages: (id: string) => boolean } {
  let initial = new Set<string>();
  const plugin: Plugin = {
    name: "bk:page-ui-chunk",
    apply: "build",
    buildEnd() {
      initial = initialModules(this);
    },
    generateBundle(_options, bundle) {
      const first = new Set<string>();
      const load = (file: string) => {
        const chunk = bundle[file];
        if (chunk?.type !== "chunk" || first.has(file)) return;
        first.add(file);
        for (const imported of chunk.imports) load(imported);
      };
      for (const chunk of Object.values(bundle)) if (chunk.type === "chunk" && chunk.isEntry) load(chunk.fileName);
      const ui = Object.values(bundle).find((c) => c.type === "chunk" && c.name === "page-ui");
      if (ui && first.has(ui.fileName))
        this.error("page-ui-chunk: the app's first download would include the pages' UI chunk (a module it needs was put there)");
    },
  };
  return {
    plugin,
    // The frame's UI first, in a chunk of its own: the pages' chunk takes the dependencies of what it captures too.
    frame: (id: string) => UI.test(id) && initial.has(id),
    pages: (id: string) => UI.test(id) && !initial.has(id),
  };
}
