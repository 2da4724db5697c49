import type { Plugin } from "vite";

/**
 * The class react-remove-scroll puts on fixed bars so that a dialog's scroll lock pads them like
 * the page (react-remove-scroll-bar's zeroRightClassName); app-shell-scroll-class.test.ts checks
 * it against the library.
 */
export const ZERO_RIGHT_CLASS = "right-scroll-bar-position";

const appShellBar = /[\\/]@mantine[\\/]core[\\/]esm[\\/]components[\\/]AppShell[\\/]AppShell(Header|Footer|Aside)[\\/]AppShell\1\.mjs$/;
const importLine = 'import { RemoveScroll } from "react-remove-scroll";';

/**
 * Mantine's AppShell header, footer and aside import all of react-remove-scroll (and its
 * use-sidecar, react-style-singleton …, some 6 KB gzipped) for one constant, the class above,
 * which put the library in the first download although only dialogs, loaded later, lock scrolling.
 * They get the constant instead; the dialogs still import the library.
 */
export function appShellScrollClass(): Plugin {
  return {
    name: "bk:app-shell-scroll-class",
    enforce: "pre",
    transform(code, id) {
      if (!appShellBar.test(id)) return null;
      if (!code.includes(importLine)) throw new Error(`bk:app-shell-scroll-class: ${id} no longer imports RemoveScroll as expected`);
      const constant = `const RemoveScroll = { classNames: { zeroRight: ${JSON.stringify(ZERO_RIGHT_CLASS)} } };`;
      return { code: code.replace(importLine, constant), map: null };
    },
  };
}
