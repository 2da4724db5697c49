import { fileURLToPath } from "node:url";
import { homeFor, Role } from "@bk/domain";
import { describe, expect, it } from "vitest";
import { earlyPageScript, routeModules, startFiles, startRoutes } from "./early-page.ts";

/** Runs the script at `pathname` with a stand-in document; returns the links it added to <head>. */
function linksAt(script: string, pathname: string) {
  const head: { rel: string; href: string; crossOrigin: string }[] = [];
  const document = {
    createElement: () => ({ rel: "", href: "", crossOrigin: null }),
    createDocumentFragment: () => {
      const added: typeof head = [];
      return { appendChild: (l: (typeof head)[number]) => added.push(l), added };
    },
    head: { appendChild: (fragment: { added: typeof head }) => head.push(...fragment.added) },
  };
  new Function("location", "document", script)({ pathname }, document);
  return head.map((l) => `${l.rel} ${l.href}`);
}

describe("early page preload", () => {
  const script = earlyPageScript({
    grants: ["/assets/GrantsPage.js"],
    "grants/new": ["/assets/NewGrantPage.js"],
    "grants/:id": ["/assets/GrantDetailPage.js", "/assets/GrantDetailPage.css"],
  });

  it("preloads the page at the address, a literal segment before a parameter (as React Router)", () => {
    expect(linksAt(script, "/grants")).toEqual(["modulepreload /assets/GrantsPage.js"]);
    expect(linksAt(script, "/grants/new")).toEqual(["modulepreload /assets/NewGrantPage.js"]);
    expect(linksAt(script, "/grants/R3JhbnQ6MQ%3D%3D")).toEqual([
      "modulepreload /assets/GrantDetailPage.js",
      "stylesheet /assets/GrantDetailPage.css",
    ]);
  });

  it("preloads nothing for an address without a lazy page", () => {
    expect(linksAt(script, "/")).toEqual([]);
    expect(linksAt(script, "/grants/1/nothing-here")).toEqual([]);
  });

  it("on '/' preloads what every start page needs: the role is not known yet", () => {
    const byRoute = {
      attention: ["/assets/AttentionPage.js", "/assets/page-ui.js", "/assets/page-ui.css", "/assets/format.js"],
      financing: ["/assets/page-ui.js", "/assets/FinancingPage.js", "/assets/page-ui.css"],
      grants: ["/assets/GrantsPage.js", "/assets/page-ui.css", "/assets/page-ui.js"],
    };
    const start = startFiles(byRoute, ["attention", "financing", "grants"]);
    expect(start).toEqual(["/assets/page-ui.js", "/assets/page-ui.css"]);
    expect(linksAt(earlyPageScript(byRoute, start), "/")).toEqual(["modulepreload /assets/page-ui.js", "stylesheet /assets/page-ui.css"]);
    expect(linksAt(earlyPageScript(byRoute, start), "/grants")).toEqual([
      "modulepreload /assets/GrantsPage.js",
      "stylesheet /assets/page-ui.css",
      "modulepreload /assets/page-ui.js",
    ]);
  });

  it("knows every start page homeFor gives a role", () => {
    const starts = startRoutes(homeFor);
    const roles = [[], ...Object.values(Role).map((role) => [role])];
    expect(new Set(starts)).toEqual(new Set(roles.map((r) => homeFor(r).slice(1))));
    expect(starts.length).toBeGreaterThanOrEqual(2);
  });

  it("reads every lazy page of the router", () => {
    const routes = routeModules(fileURLToPath(new URL("../src/app/router.tsx", import.meta.url)));
    expect(routes.get("grants/:id")).toMatch(/features\/grants\/GrantDetailPage\.tsx$/);
    expect(routes.get("financing/:id")).toMatch(/features\/financing\/ProjectFinancingPage\.tsx$/);
    expect(routes.get("grants")).toMatch(/features\/grants\/GrantsPage\.tsx$/);
    expect(routes.size).toBeGreaterThanOrEqual(20);
  });
});
