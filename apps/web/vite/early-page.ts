import { readFileSync } from "node:fs";
import path from "node:path";
import type { Rolldown } from "vite";

/**
 * The routes of src/app/router.tsx whose page is a lazy component, as `pattern → module file`
 * ("grants/:id" → …/features/grants/GrantDetailPage.tsx), read from its source: each
 * `const X = lazyComponent(() => import("…"), …)` and each `{ path: "…", element: <X /> }`.
 */
export function routeModules(routerFile: string): Map<string, string> {
  const source = readFileSync(routerFile, "utf8");
  const modules = new Map<string, string>();
  for (const [, name, file] of source.matchAll(/const (\w+) = lazyComponent\(\s*\(\) => import\("([^"]+)"\)/g)) {
    modules.set(name, `${path.resolve(path.dirname(routerFile), file)}.tsx`);
  }
  const routes = new Map<string, string>();
  for (const [, pattern, name] of source.matchAll(/\{ path: "([^"]+)", element: <(\w+) \/> \}/g)) {
    const file = modules.get(name);
    if (file) routes.set(pattern, file);
  }
  return routes;
}

/** What a chunk needs before it runs: itself, its static imports (depth first) and their CSS, minus what `loaded` already holds. */
export function chunkFiles(bundle: Rolldown.OutputBundle, fileName: string, loaded: Set<string>, files = new Set<string>()): Set<string> {
  const chunk = bundle[fileName];
  if (chunk?.type !== "chunk" || loaded.has(fileName) || files.has(fileName)) return files;
  files.add(fileName);
  for (const css of chunk.viteMetadata?.importedCss ?? []) if (!loaded.has(css)) files.add(css);
  for (const imported of chunk.imports) chunkFiles(bundle, imported, loaded, files);
  return files;
}

/** Each route's page files, beyond those index.html already loads: `{ "grants/:id": ["/assets/….js", "/assets/….css"] }`. */
export function pageFilesByRoute(bundle: Rolldown.OutputBundle, routes: Map<string, string>): Record<string, string[]> {
  const chunks = Object.values(bundle).filter((c): c is Rolldown.OutputChunk => c.type === "chunk");
  const entry = chunks.find((c) => c.isEntry);
  if (!entry) throw new Error("no entry chunk in the build");
  const initial = chunkFiles(bundle, entry.fileName, new Set());
  for (const file of [...initial])
    for (const css of (bundle[file] as Rolldown.OutputChunk).viteMetadata?.importedCss ?? []) initial.add(css);
  const byRoute: Record<string, string[]> = {};
  for (const [pattern, module] of routes) {
    const chunk = chunks.find((c) => c.facadeModuleId === module);
    if (chunk) byRoute[pattern] = [...chunkFiles(bundle, chunk.fileName, initial)].map((f) => `/${f}`);
  }
  return byRoute;
}

/**
 * Preloads the page at the address (its chunk, the chunks it imports and their CSS), as the
 * router would once the app's JavaScript has run: the page downloads alongside the app instead
 * of after it. A route's segments match literally or as `:param`; the most literal route wins
 * ("grants/new" before "grants/:id"), as in React Router. On '/' (the role's start page, which
 * main.tsx preloads once the Viewer answer names the role) the files every start page needs
 * (`startFiles`): the pages' UI comes with the app instead of after that answer.
 */
export function earlyPageScript(byRoute: Record<string, string[]>, start: string[] = []): string {
  // Each file named once (pages share most of their chunks), the routes by index into that list.
  const files = [...new Set([...Object.values(byRoute).flat(), ...start])];
  const routes = Object.fromEntries(Object.entries(byRoute).map(([pattern, list]) => [pattern, list.map((f) => files.indexOf(f))]));
  const home = start.map((f) => files.indexOf(f));
  return `(function(){var f=${JSON.stringify(files)},r=${JSON.stringify(routes)},s=location.pathname.split("/").filter(Boolean),best=s.length?null:${JSON.stringify(home)},score=-1;for(var p in r){var q=p.split("/");if(q.length!==s.length)continue;var n=0,ok=true;for(var i=0;i<q.length;i++){if(q[i].charAt(0)===":")continue;if(q[i]!==s[i]){ok=false;break}n++}if(ok&&n>score){best=r[p];score=n}}var d=document.createDocumentFragment();(best||[]).forEach(function(j){var k=document.createElement("link");k.rel=/\\.css$/.test(f[j])?"stylesheet":"modulepreload";k.crossOrigin="";k.href=f[j];d.appendChild(k)});document.head.appendChild(d)})();\n`;
}

/** The start pages a role can have (homeFor's answers, read from its source), as routes: "attention", "financing", … */
export function startRoutes(home: (roles: readonly string[]) => string): string[] {
  return [...home.toString().matchAll(/return "\/([^"]*)"/g)].map((m) => m[1] ?? "");
}

/** The files every start page needs (those of `starts` in common), in the first one's order. */
export function startFiles(byRoute: Record<string, string[]>, starts: string[]): string[] {
  const lists = starts.map((route) => byRoute[route] ?? []);
  return (lists[0] ?? []).filter((file) => lists.every((list) => list.includes(file)));
}
