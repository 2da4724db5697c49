import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { apolloGraphqlLanguage } from "./vite/apollo-graphql-language.ts";
import { earlyViewer } from "./vite/early-viewer.ts";
import { inlineGraphqlDocuments } from "./vite/inline-documents.ts";
import { mantineCssPerComponent } from "./vite/mantine-css-per-component.ts";
import { pageHeads } from "./vite/page-heads.ts";
import { pageUiChunk } from "./vite/page-ui-chunk.ts";
import { precompress } from "./vite/precompress.ts";

const gqlDir = fileURLToPath(new URL("./src/gql/", import.meta.url));
const pageUi = pageUiChunk();

export default defineConfig({
  plugins: [
    react(),
    mantineCssPerComponent(),
    apolloGraphqlLanguage(),
    inlineGraphqlDocuments(gqlDir),
    earlyViewer(gqlDir, fileURLToPath(new URL("./src/app/router.tsx", import.meta.url))),
    pageHeads(),
    precompress(),
    pageUi.plugin,
  ],
  server: {
    host: "127.0.0.1",
    proxy: { "/graphql": "http://127.0.0.1:4000", "/exports": "http://127.0.0.1:4000", "/calendar": "http://127.0.0.1:4000" },
  },
  build: {
    outDir: "dist",
    sourcemap: false,
    // Read by scripts/bundle-size.mjs.
    manifest: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // React and Apollo change less often than the app: their own chunk stays cached across releases.
        // graphql-js is left out: the explorer needs all of it, the other pages only what Apollo uses.
        codeSplitting: {
          groups: [
            {
              name: "vendor",
              // Before the UI's groups, which would take what they capture depends on (tslib) with them.
              priority: 3,
              test: /[\\/]node_modules[\\/](react|react-dom|scheduler|@apollo[\\/]client|rxjs|optimism|@wry[\\/][^\\/]+|tslib)[\\/]/,
            },
            // The UI of the app's frame, and the pages' UI beyond it in one chunk, not in dozens (vite/page-ui-chunk.ts).
            { name: "frame-ui", test: pageUi.frame, priority: 2 },
            { name: "page-ui", test: pageUi.pages, priority: 1 },
          ],
        },
      },
    },
  },
});
