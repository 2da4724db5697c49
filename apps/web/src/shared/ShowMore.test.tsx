// @vitest-environment jsdom
import { MantineProvider } from "@mantine/core";
import { act, cleanup, render, screen } from "@testing-library/react";
import { useState } from "react";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { I18nProvider } from "../i18n/i18n";
import { loadMessages, type Messages } from "../i18n/messages";
import { stubMatchMedia } from "./jsdom-match-media";
import { ShowMore, useShownRows } from "./ShowMore";

let messages: Messages;
beforeAll(async () => {
  messages = await loadMessages("sv");
  stubMatchMedia();
});
afterEach(cleanup);

function List({ rows, listKey, atLeast }: { rows: number[]; listKey: unknown; atLeast?: number }) {
  const list = useShownRows(rows, 100, listKey, atLeast);
  return (
    <>
      <ul>
        {list.shown.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      <ShowMore {...list} />
    </>
  );
}

const show = (rows: number[], listKey: unknown, atLeast?: number) => (
  <MantineProvider>
    <I18nProvider initial={{ locale: "sv", messages }}>
      <List rows={rows} listKey={listKey} atLeast={atLeast} />
    </I18nProvider>
  </MantineProvider>
);
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** A list asked for a page at a time: each press waits until the test lets its page come (`pages`). */
function Paged({ pages }: { pages: (() => void)[] }) {
  const [rows, setRows] = useState(range(100));
  const [loading, setLoading] = useState(false);
  const showMore = () => {
    setLoading(true);
    return new Promise<void>((resolve) =>
      pages.push(() => {
        setRows((r) => range(Math.min(150, r.length + 100)));
        setLoading(false);
        resolve();
      }),
    );
  };
  return <ShowMore shown={rows} total={150} showMore={showMore} step={100} loading={loading} />;
}

describe("ShowMore", () => {
  it("draws a long list a step at a time, saying how many rows are shown, until every row is", async () => {
    const view = render(show(range(2250), 2015));
    expect(screen.getAllByRole("listitem")).toHaveLength(100);
    expect(screen.getByText(/^Visar 100 av 2\s250$/)).toBeTruthy();
    act(() => screen.getByRole("button", { name: "Visa 100 till" }).click());
    expect(screen.getAllByRole("listitem")).toHaveLength(200);
    expect(screen.getByText(/^Visar 200 av 2\s250$/)).toBeTruthy();
    // Another list (another year) starts over; so does coming back to the first one.
    view.rerender(show(range(150), 2016));
    expect(screen.getAllByRole("listitem")).toHaveLength(100);
    view.rerender(show(range(2250), 2015));
    expect(screen.getAllByRole("listitem")).toHaveLength(100);
    view.rerender(show(range(150), 2016));
    // The last step: every row, the button gone, the count (a live region) saying so and holding the focus.
    await act(async () => screen.getByRole("button", { name: "Visa 50 till" }).click());
    expect(screen.getAllByRole("listitem")).toHaveLength(150);
    expect(screen.queryByRole("button")).toBeNull();
    const status = screen.getByRole("status");
    expect(status.textContent).toBe("Visar 150 av 150");
    expect(document.activeElement).toBe(status);
  });

  it("shows neither count nor button for a list that fits in one step", () => {
    render(show(range(100), 2015));
    expect(screen.getAllByRole("listitem")).toHaveLength(100);
    expect(screen.queryByRole("button")).toBeNull();
    expect(screen.queryByTestId("show-more")).toBeNull();
  });

  it("draws at least the rows it must (those up to one an address links to), and steps on from there", async () => {
    render(show(range(1000), 2015, 250));
    expect(screen.getAllByRole("listitem")).toHaveLength(250);
    expect(screen.getByRole("status").textContent).toBe("Visar 250 av 1\u00a0000");
    await act(async () => screen.getByRole("button", { name: "Visa 100 till" }).click());
    expect(screen.getAllByRole("listitem")).toHaveLength(350);
  });

  it("asks for the next page, keeping the focus on the button while it comes, then on the count after the last", async () => {
    const pages: (() => void)[] = [];
    render(
      <MantineProvider>
        <I18nProvider initial={{ locale: "sv", messages }}>
          <Paged pages={pages} />
        </I18nProvider>
      </MantineProvider>,
    );
    const button = screen.getByRole("button", { name: "Visa 50 till" });
    button.focus();
    await act(async () => button.click());
    // While the page comes: busy, still focused and enabled (a disabled button would drop the focus), a second press ignored.
    expect(button.getAttribute("aria-busy")).toBe("true");
    expect(document.activeElement).toBe(button);
    expect((button as HTMLButtonElement).disabled).toBe(false);
    await act(async () => button.click());
    expect(pages).toHaveLength(1);
    await act(async () => pages[0]());
    expect(screen.queryByRole("button")).toBeNull();
    expect(screen.getByRole("status").textContent).toBe("Visar 150 av 150");
    expect(document.activeElement).toBe(screen.getByRole("status"));
  });

  it("follows the API's next page, not the count, when the list changed between pages", () => {
    const paged = (shown: number, total: number, hasMore: boolean) => (
      <MantineProvider>
        <I18nProvider initial={{ locale: "sv", messages }}>
          <ShowMore shown={range(shown)} total={total} showMore={() => {}} step={100} hasMore={hasMore} />
        </I18nProvider>
      </MantineProvider>
    );
    // Sixty resolved meanwhile: the count says every row is shown, the API that more come.
    const { rerender } = render(paged(200, 200, true));
    expect(screen.getByRole("button", { name: "Visa 100 till" })).toBeTruthy();
    // Two added meanwhile, none left after the last row shown: no button that would bring nothing.
    rerender(paged(105, 107, false));
    expect(screen.queryByRole("button")).toBeNull();
    expect(screen.getByRole("status").textContent).toBe("Visar 105 av 107");
  });
});
