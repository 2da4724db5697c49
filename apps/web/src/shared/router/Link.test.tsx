// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Link, Navigate } from "./Link";
import { navigateTo, sameSitePath, useLocation, useNavigate } from "./location";
import { useSearchParams } from "./search-params";

afterEach(() => {
  cleanup();
  window.history.replaceState(null, "", "/");
});

function Where() {
  const { pathname, search, hash, state } = useLocation();
  return <output>{`${pathname}${search}${hash} ${JSON.stringify(state)}`}</output>;
}

const here = () => screen.getByRole("status").textContent;

function Back() {
  const navigate = useNavigate();
  return (
    <button type="button" onClick={() => navigate(-1)}>
      back
    </button>
  );
}

/** The query's objects as Year rendered them, in order. */
const seen: URLSearchParams[] = [];
function Year() {
  const [params, setParams] = useSearchParams();
  seen.push(params);
  return (
    <button type="button" onClick={() => setParams({ year: "2024" }, { replace: true })}>
      {params.get("year")}
    </button>
  );
}

describe("Link", () => {
  it("is a real link whose plain click changes the address without loading the page", () => {
    render(
      <>
        <Link to="/grants?year=2024#top" state={{ from: "list" }} className="x">
          Grants
        </Link>
        <Where />
      </>,
    );
    const link = screen.getByRole("link", { name: "Grants" });
    expect(link.getAttribute("href")).toBe("/grants?year=2024#top");
    expect(link.className).toBe("x");
    const length = window.history.length;
    // fireEvent.click returns false when the default (the browser's page load) was prevented.
    expect(fireEvent.click(link)).toBe(false);
    expect(here()).toBe('/grants?year=2024#top {"from":"list"}');
    expect(window.history.length).toBe(length + 1);
  });

  it("leaves a click with a modifier, another button or another target to the browser", () => {
    render(
      <>
        <Link to="/grants">Grants</Link>
        <Link to="/projects" target="_blank">
          Projects
        </Link>
        <Where />
      </>,
    );
    const grants = screen.getByRole("link", { name: "Grants" });
    for (const modifier of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { altKey: true }, { button: 1 }])
      expect(fireEvent.click(grants, modifier)).toBe(true);
    expect(fireEvent.click(screen.getByRole("link", { name: "Projects" }))).toBe(true);
    expect(here()).toBe("/ null");
  });

  it("runs the caller's onClick first, and stays put when it prevents the default", () => {
    render(
      <>
        <Link to="/grants" onClick={(e) => e.preventDefault()}>
          Grants
        </Link>
        <Where />
      </>,
    );
    fireEvent.click(screen.getByRole("link", { name: "Grants" }));
    expect(here()).toBe("/ null");
  });

  it("replaces the entry when it leads where one already is", () => {
    window.history.replaceState(null, "", "/grants");
    render(<Link to="/grants">Grants</Link>);
    const length = window.history.length;
    fireEvent.click(screen.getByRole("link", { name: "Grants" }));
    expect(window.history.length).toBe(length);
  });
});

describe("Navigate and useNavigate", () => {
  it("redirects once rendered, replacing the entry", () => {
    const length = window.history.length;
    render(
      <>
        <Navigate to="/login?next=%2Fgrants" replace />
        <Where />
      </>,
    );
    expect(here()).toBe("/login?next=%2Fgrants null");
    expect(window.history.length).toBe(length);
  });

  it("goes back through the history (popstate)", async () => {
    render(
      <>
        <Back />
        <Where />
      </>,
    );
    act(() => navigateTo("/grants"));
    expect(here()).toBe("/grants null");
    const popped = new Promise((resolve) => window.addEventListener("popstate", resolve, { once: true }));
    fireEvent.click(screen.getByRole("button", { name: "back" }));
    await act(() => popped);
    expect(here()).toBe("/ null");
  });
});

describe("useSearchParams", () => {
  it("reads the query and replaces it on the same path, dropping the fragment", () => {
    window.history.replaceState(null, "", "/financing?year=2023#table");
    render(
      <>
        <Year />
        <Where />
      </>,
    );
    const length = window.history.length;
    fireEvent.click(screen.getByRole("button", { name: "2023" }));
    expect(here()).toBe("/financing?year=2024 null");
    expect(screen.getByRole("button").textContent).toBe("2024");
    expect(window.history.length).toBe(length);
    // The same query is the same object across renders (pages use it in their effects' dependencies):
    // a history event that leaves the query as it was renders again with the same object.
    const before = seen.at(-1);
    seen.length = 0;
    act(() => window.dispatchEvent(new PopStateEvent("popstate")));
    expect(seen.length).toBeGreaterThan(0);
    for (const params of seen) expect(params).toBe(before);
  });
});

describe("addresses from outside", () => {
  it("sameSitePath keeps a path of this site and refuses what the browser would read as another site", () => {
    expect(sameSitePath("/grants?year=2024#top")).toBe("/grants?year=2024#top");
    expect(sameSitePath("/financing/UHJvamVjdDox")).toBe("/financing/UHJvamVjdDox");
    for (const elsewhere of [
      "//evil.example/x",
      "/\\evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "https://evil.example/",
      "grants",
      null,
      undefined,
    ])
      expect(sameSitePath(elsewhere), String(elsewhere)).toBeNull();
  });

  it("navigateTo refuses another site and leaves the address as it was", () => {
    window.history.replaceState(null, "", "/grants");
    expect(() => navigateTo("/\\evil.example")).toThrow(/not an address of this site/);
    expect(() => navigateTo("https://evil.example/")).toThrow(/not an address of this site/);
    expect(window.location.pathname).toBe("/grants");
  });
});
