// @vitest-environment jsdom
import { MantineProvider } from "@mantine/core";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { stubMatchMedia } from "../jsdom-match-media";
import { CategoryChart } from "./CategoryChart";
import { testRows as rows, testSeries as series } from "./chart-fixtures";

// jsdom lays nothing out: the chart is given the width a browser would measure.
vi.mock("@mantine/hooks", async (original) => ({
  ...(await original<typeof import("@mantine/hooks")>()),
  useElementSize: () => ({ ref: () => {}, width: 400, height: 300 }),
}));

beforeAll(() => {
  stubMatchMedia();
});
afterEach(cleanup);

function draw() {
  render(
    <MantineProvider>
      <CategoryChart label="Finansiering" rows={rows} series={series} height={300} stacked format={(v) => `${v} kr`} />
    </MantineProvider>,
  );
  return screen.getByRole("slider", { name: "Finansiering" });
}

describe("CategoryChart", () => {
  it("draws a bar per value that is there and not zero, the line through its points, the years and a legend", () => {
    const chart = draw();
    expect(chart.querySelectorAll("svg rect")).toHaveLength(4);
    expect(chart.querySelector("svg path")?.getAttribute("d")).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    expect([...chart.querySelectorAll("svg text")].map((t) => t.textContent)).toEqual(
      expect.arrayContaining(["0 kr", "1200 kr", "2008", "2009", "2010"]),
    );
    expect(screen.getByTestId("chart-legend").textContent).toBe("BidragEgenBehov");
    expect(screen.queryByTestId("chart-tooltip")).toBeNull();
  });

  it("walks the years with the keys, reading out each year's values (a missing one left out) and showing them", () => {
    const chart = draw();
    fireEvent.keyDown(chart, { key: "Home" });
    expect(chart.getAttribute("aria-valuetext")).toBe("2008: Bidrag 600 kr, Egen 400 kr, Behov 1200 kr");
    expect(chart.getAttribute("aria-valuenow")).toBe("1");
    fireEvent.keyDown(chart, { key: "ArrowRight" });
    expect(chart.getAttribute("aria-valuetext")).toBe("2009: Bidrag 800 kr, Behov 900 kr");
    // The tooltip names every series, a missing value as a dash.
    expect(screen.getByTestId("chart-tooltip").textContent).toBe("2009Bidrag800 krEgen–Behov900 kr");
    fireEvent.keyDown(chart, { key: "End" });
    fireEvent.keyDown(chart, { key: "ArrowRight" });
    expect(chart.getAttribute("aria-valuetext")).toBe("2010: Bidrag 0 kr, Egen 200 kr");
    expect(chart.getAttribute("aria-valuenow")).toBe("3");
    fireEvent.keyDown(chart, { key: "Escape" });
    expect(screen.queryByTestId("chart-tooltip")).toBeNull();
  });

  it("leaves other keys to the page", () => {
    const chart = draw();
    const tab = new KeyboardEvent("keydown", { key: "Tab", bubbles: true, cancelable: true });
    chart.dispatchEvent(tab);
    expect(tab.defaultPrevented).toBe(false);
    const right = new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true, cancelable: true });
    chart.dispatchEvent(right);
    expect(right.defaultPrevented).toBe(true);
  });
});

describe("CategoryChart with fewer rows than before", () => {
  it("forgets a chosen category that is gone instead of failing", () => {
    const chart = (n: number) => (
      <MantineProvider>
        <CategoryChart label="Finansiering" rows={rows.slice(0, n)} series={series} height={300} format={(v) => `${v} kr`} />
      </MantineProvider>
    );
    const { rerender } = render(chart(3));
    fireEvent.keyDown(screen.getByRole("slider"), { key: "End" });
    expect(screen.getByTestId("chart-tooltip").textContent).toContain("2010");
    rerender(chart(2));
    expect(screen.queryByTestId("chart-tooltip")).toBeNull();
    expect(screen.getByRole("slider").getAttribute("aria-valuetext")).toBe("2008: Bidrag 600 kr, Egen 400 kr, Behov 1200 kr");
    fireEvent.keyDown(screen.getByRole("slider"), { key: "ArrowLeft" });
    expect(screen.getByRole("slider").getAttribute("aria-valuetext")).toMatch(/^2008/);
  });
});
