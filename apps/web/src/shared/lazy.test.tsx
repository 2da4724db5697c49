// @vitest-environment jsdom
import { act, cleanup, render, screen } from "@testing-library/react";
import { Suspense } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { lazyComponent, preloadElements } from "./lazy";

afterEach(cleanup);

function Greeting({ name }: { name: string }) {
  return <p>hej {name}</p>;
}

/** A module that arrives when `arrive()` is called, and counts how often it was asked for. */
function slowModule() {
  let arrive = () => {};
  let asked = 0;
  const module = new Promise<{ Greeting: typeof Greeting }>((resolve) => {
    arrive = () => resolve({ Greeting });
  });
  const load = () => {
    asked++;
    return module;
  };
  return { load, arrive: () => arrive(), asked: () => asked };
}

const inSuspense = (element: React.ReactNode) => <Suspense fallback={<p>laddar</p>}>{element}</Suspense>;

describe("lazyComponent", () => {
  it("waits in the Suspense fallback while its module downloads, then shows it", async () => {
    const mod = slowModule();
    const LazyGreeting = lazyComponent(mod.load, (m) => m.Greeting);
    render(inSuspense(<LazyGreeting name="Anna" />));
    expect(screen.getByText("laddar")).toBeTruthy();
    await act(async () => mod.arrive());
    expect(screen.getByText("hej Anna")).toBeTruthy();
  });

  it("renders at once, without the fallback, once its module has been preloaded", async () => {
    const mod = slowModule();
    const LazyGreeting = lazyComponent(mod.load, (m) => m.Greeting);
    const preloaded = preloadElements([<LazyGreeting key="g" name="Anna" />, <p key="p">not lazy</p>]);
    mod.arrive();
    await preloaded;
    // The first render already shows the component: no suspension, so no second render of the page around it.
    render(inSuspense(<LazyGreeting name="Anna" />));
    expect(screen.getByText("hej Anna")).toBeTruthy();
    expect(screen.queryByText("laddar")).toBeNull();
    expect(mod.asked()).toBe(1);
  });

  it("keeps the state of what it shows when it renders again after loading", async () => {
    const mod = slowModule();
    const LazyGreeting = lazyComponent(mod.load, (m) => m.Greeting);
    const { rerender } = render(inSuspense(<LazyGreeting name="Anna" />));
    await act(async () => mod.arrive());
    const shown = screen.getByText("hej Anna");
    rerender(inSuspense(<LazyGreeting name="Anna" />));
    // The same element: the lazy path and the direct path never swap under a shown component.
    expect(screen.getByText("hej Anna")).toBe(shown);
  });
});
