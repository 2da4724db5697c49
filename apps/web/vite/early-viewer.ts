import { createHash } from "node:crypto";
import { addTypenameToDocument } from "@apollo/client/utilities";
import { type DocumentNode, print } from "graphql";
import type { Plugin } from "vite";
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
 * Every page first asks who is logged in, and showed nothing until the answer came: behind the
 * download and start of the app's JavaScript. A small classic script (async, in <head>; the
 * Content-Security-Policy allows no inline script) sends that request as soon as the HTML
 * arrives, in parallel with the app's chunks.
 */
export function earlyViewer(gqlDir: string): Plugin {
  let fileName = "";
  return {
    name: "bk:early-viewer",
    apply: "build",
    buildStart() {
      const source = earlyViewerScript(viewerQueryText(gqlDir));
      // Named by its content, like Vite's own assets: cached for good, replaced when the query changes.
      fileName = `assets/early-viewer-${createHash("sha256").update(source).digest("base64url").slice(0, 8)}.js`;
      this.emitFile({ type: "asset", fileName, source });
    },
    transformIndexHtml() {
      return [{ tag: "script", attrs: { src: `/${fileName}`, async: true }, injectTo: "head-prepend" }];
    },
  };
}
