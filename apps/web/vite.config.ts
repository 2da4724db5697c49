import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { inlineGraphqlDocuments } from "./vite/inline-documents";

export default defineConfig({
  plugins: [react(), inlineGraphqlDocuments(fileURLToPath(new URL("./src/gql/", import.meta.url)))],
  server: {
    host: "127.0.0.1",
    proxy: { "/graphql": "http://127.0.0.1:4000", "/exports": "http://127.0.0.1:4000", "/calendar": "http://127.0.0.1:4000" },
  },
  build: { outDir: "dist", sourcemap: false, manifest: true, chunkSizeWarningLimit: 1500 },
});
