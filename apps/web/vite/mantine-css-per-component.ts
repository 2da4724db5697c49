import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Plugin } from "vite";

const require = createRequire(import.meta.url);
const coreStyles = path.join(path.dirname(require.resolve("@mantine/core/styles.css")), "styles");

/** `…/@mantine/core/esm/components/…/Button.mjs` → "Button"; the package's other modules → null. */
function coreComponent(id: string): string | null {
  const match = /[\\/]@mantine[\\/]core[\\/]esm[\\/]components[\\/](?:.*[\\/])?(\w+)\.mjs$/.exec(id);
  return match?.[1] ?? null;
}

/**
 * Mantine's stylesheet holds every component's styles: 260 KB that blocked the first paint,
 * although the first page uses a few dozen components. Instead, each Mantine component module
 * imports its own stylesheet (`@mantine/core/styles/Button.layer.css`, one per component), so
 * its styles travel in the chunk that uses it, as the JavaScript does; @mantine/notifications
 * likewise brings its own. main.tsx imports the base (baseline, CSS
 * variables, global). The `@layer mantine` versions are used: the order in which chunks arrive
 * then does not matter against the app's own CSS, which stays outside the layer and wins.
 */
export function mantineCssPerComponent(): Plugin {
  return {
    name: "bk:mantine-css-per-component",
    enforce: "pre",
    transform(code, id) {
      const component = coreComponent(id);
      if (component && existsSync(path.join(coreStyles, `${component}.layer.css`))) {
        return { code: `import "@mantine/core/styles/${component}.layer.css";\n${code}`, map: null };
      }
      if (/[\\/]@mantine[\\/]notifications[\\/]esm[\\/]index\.mjs$/.test(id)) {
        return { code: `import "@mantine/notifications/styles.layer.css";\n${code}`, map: null };
      }
      return null;
    },
  };
}
