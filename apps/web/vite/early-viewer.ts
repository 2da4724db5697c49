import { createHash } from "node:crypto";
import { addTypenameToDocument } from "@apollo/client/utilities";
import { type DocumentNode, print } from "graphql";
import type { Plugin, Rolldown } from "vite";
// The file itself, not @bk/domain: Node loads this config, and the package's index is TypeScript that imports further.
import { homeFor } from "../../../packages/domain/src/accounts/home.ts";
import { LOCALE_STORAGE_KEY } from "../src/i18n/locale-key.ts";
import { earlyPageScript, pageFilesByRoute, routeModules, startFiles, startRoutes } from "./early-page.ts";
import { generatedDocumentsByName } from "./inline-documents.ts";

/** The Viewer query as Apollo sends it (its cache adds __typename), so the app can check it is the same. */
export function viewerQueryText(gqlDir: string): string {
  const json = generatedDocumentsByName(gqlDir).get("ViewerDocument");
  if (!json) throw new Error(`no ViewerDocument in ${gqlDir}: run graphql-codegen (pnpm --filter @bk/web codegen)`);
  return print(addTypenameToDocument(JSON.parse(json) as DocumentNode));
}

/** The script: asks who is logged in and leaves the answer for the app's Apollo link (app/early-viewer.ts). */
export function earlyViewerScript(query: string): string {
  const body = JSON.stringify({ operationName: "Viewer", variables: {}, query });
  return `window.__bkViewer={query:${JSON.stringify(query)},response:fetch("/graphql",{method:"POST",credentials:"same-origin",headers:{"content-type":"application/json"},body:${JSON.stringify(body)}}).then(function(r){return r.ok?r.json():null},function(){return null})};\n`;
}

/**
 * Preloads the reader's strings (the chunk of src/i18n/sv.ts or en.ts, as initialLocale chooses):
 * main.tsx asks for them only once the app's JavaScript has downloaded and run, and the first
 * render waits for them.
 */
export function earlyLanguageScript(files: Record<string, string>): string {
  return `(function(){var l;try{l=localStorage.getItem(${JSON.stringify(LOCALE_STORAGE_KEY)})}catch(e){}var f=${JSON.stringify(files)};f=f[l]||f.sv;if(f){var k=document.createElement("link");k.rel="modulepreload";k.href=f;document.head.appendChild(k)}})();\n`;
}

/** Each language's chunk in the build, by locale (`{ sv: "/assets/sv-….js", en: … }`). */
function languageChunks(bundle: Rolldown.OutputBundle): Record<string, string> {
  const files: Record<string, string> = {};
  for (const chunk of Object.values(bundle)) {
    const locale = chunk.type === "chunk" ? /[\\/]src[\\/]i18n[\\/](sv|en)\.ts$/.exec(chunk.facadeModuleId ?? "")?.[1] : undefined;
    if (locale) files[locale] = `/${chunk.fileName}`;
  }
  if (!files.sv) throw new Error("no chunk for src/i18n/sv.ts in the build: main.tsx's loadMessages must import it lazily");
  return files;
}

/**
 * Every page first asks who is logged in, and showed nothing until the answer came: behind the
 * download and start of the app's JavaScript. A small classic script (async, in <head>; the
 * Content-Security-Policy allows no inline script) sends that request as soon as the HTML
 * arrives, in parallel with the app's chunks, and preloads the reader's language and the page at
 * the address (vite/early-page.ts). Written once
 * the chunks have their names (generateBundle, before index.html is written).
 */
export function earlyViewer(gqlDir: string, routerFile: string): Plugin {
  let fileName = "";
  return {
    name: "bk:early-viewer",
    apply: "build",
    generateBundle(_options, bundle) {
      const routes = routeModules(routerFile);
      if (routes.size < 10)
        throw new Error(`bk:early-viewer: only ${routes.size} lazy pages found in ${routerFile}: has its form changed?`);
      const pageFiles = pageFilesByRoute(bundle, routes);
      const source =
        earlyViewerScript(viewerQueryText(gqlDir)) +
        earlyLanguageScript(languageChunks(bundle)) +
        earlyPageScript(pageFiles, startFiles(pageFiles, startRoutes(homeFor)));
      // Named by its content, like Vite's own assets: cached for good, replaced when the query changes.
      fileName = `assets/early-viewer-${createHash("sha256").update(source).digest("base64url").slice(0, 8)}.js`;
      this.emitFile({ type: "asset", fileName, source });
    },
    transformIndexHtml: {
      // After generateBundle: Vite writes index.html in its own generateBundle, which runs after this plugin's.
      order: "post",
      handler() {
        if (!fileName) throw new Error("bk:early-viewer: index.html was written before the early script");
        return [{ tag: "script", attrs: { src: `/${fileName}`, async: true }, injectTo: "head-prepend" }];
      },
    },
  };
}
