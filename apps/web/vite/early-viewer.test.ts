import { fileURLToPath } from "node:url";
import { ApolloClient, ApolloLink, InMemoryCache } from "@apollo/client";
import { print } from "@apollo/client/utilities";
import { Observable } from "rxjs";
import { describe, expect, it } from "vitest";
import { VIEWER } from "../src/features/accounts/viewer.queries";
import { earlyLanguageScript, earlyViewerScript, viewerQueryText } from "./early-viewer.ts";

const gqlDir = fileURLToPath(new URL("../src/gql/", import.meta.url));

describe("early Viewer request", () => {
  it("sends the very query the app's Apollo client sends (else the app cannot use its answer)", async () => {
    let sent = "";
    const client = new ApolloClient({
      cache: new InMemoryCache(),
      link: new ApolloLink((operation) => {
        sent = print(operation.query);
        return new Observable((observer) => {
          observer.next({ data: { viewer: null } });
          observer.complete();
        });
      }),
    });
    await client.query({ query: VIEWER });
    expect(viewerQueryText(gqlDir)).toBe(sent);
  });

  it("is a classic script that leaves the query and the pending answer on window", () => {
    const script = earlyViewerScript("query Viewer { viewer { id } }");
    expect(script).toMatch(/^window\.__bkViewer=\{query:"query Viewer/);
    expect(script).toContain('fetch("/graphql",{method:"POST",credentials:"same-origin"');
  });

  it("preloads the language initialLocale will choose: the stored one, else Swedish", () => {
    const script = earlyLanguageScript({ sv: "/assets/sv.js", en: "/assets/en.js" });
    const preloaded = (stored: string | null) => {
      const links: { rel: string; href: string }[] = [];
      const document = {
        createElement: () => ({ rel: "", href: "" }),
        head: { appendChild: (l: (typeof links)[number]) => links.push(l) },
      };
      new Function("localStorage", "document", script)({ getItem: () => stored }, document);
      return links.map((l) => `${l.rel} ${l.href}`);
    };
    expect(preloaded("en")).toEqual(["modulepreload /assets/en.js"]);
    expect(preloaded(null)).toEqual(["modulepreload /assets/sv.js"]);
    expect(preloaded("fr")).toEqual(["modulepreload /assets/sv.js"]);
  });
});
