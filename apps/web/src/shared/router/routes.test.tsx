// @vitest-environment jsdom
import { act, cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { navigateTo } from "./location";
import { matchRoutes, Outlet, type RouteObject, useParams, useRoutes } from "./routes";

afterEach(() => {
  cleanup();
  window.history.replaceState(null, "", "/");
});

function Param({ name }: { name: string }) {
  return <span data-testid="param">{useParams()[name]}</span>;
}

/** The app's shape: pages at their own address, and others inside a layout without one of its own. */
const routes: RouteObject[] = [
  { path: "login", element: <p>login</p> },
  {
    element: (
      <main>
        layout <Outlet />
      </main>
    ),
    children: [
      { index: true, element: <p>home</p> },
      { path: "*", element: <p>not found</p> },
      { path: "grants/:id", element: <Param name="id" /> },
      { path: "grants/new", element: <p>new grant</p> },
      { path: "grants", element: <p>grants</p> },
      { path: "explorer/q/:id", element: <Param name="id" /> },
    ],
  },
];

const leaf = (pathname: string) => {
  const matches = matchRoutes(routes, pathname);
  return matches && { path: matches.at(-1)?.route.path ?? "(index)", params: matches[0].params, levels: matches.length };
};

describe("matchRoutes", () => {
  it("ranks a fixed word above a parameter and the catch-all last, whatever the order", () => {
    expect(leaf("/grants/new")).toEqual({ path: "grants/new", params: {}, levels: 2 });
    expect(leaf("/grants/R3JhbnQ6MQ%3D%3D")).toEqual({ path: "grants/:id", params: { id: "R3JhbnQ6MQ==" }, levels: 2 });
    expect(leaf("/grants")).toEqual({ path: "grants", params: {}, levels: 2 });
    expect(leaf("/nowhere/at/all")).toEqual({ path: "*", params: { "*": "nowhere/at/all" }, levels: 2 });
  });

  it("matches the index only at its parent's address, a trailing slash and letters' case aside", () => {
    expect(leaf("/")?.path).toBe("(index)");
    expect(leaf("/Grants/")?.path).toBe("grants");
    expect(leaf("/login")).toEqual({ path: "login", params: {}, levels: 1 });
    expect(leaf("/grants/a/b")?.path).toBe("*");
  });

  it("keeps a parameter that is not valid percent-encoding as it is", () => {
    expect(leaf("/explorer/q/100%")?.params).toEqual({ id: "100%" });
  });
});

function App() {
  return <>{useRoutes(routes)}</>;
}

describe("useRoutes", () => {
  it("renders the page inside its layout, and the next page when the address changes", () => {
    window.history.replaceState(null, "", "/grants");
    render(<App />);
    expect(screen.getByRole("main").textContent).toBe("layout grants");
    act(() => navigateTo("/grants/abc%2Fdef"));
    expect(screen.getByTestId("param").textContent).toBe("abc/def");
    act(() => navigateTo("/login"));
    expect(screen.queryByRole("main")).toBeNull();
    expect(screen.getByText("login")).toBeTruthy();
  });
});
