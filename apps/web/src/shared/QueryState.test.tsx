// @vitest-environment jsdom
import { MantineProvider } from "@mantine/core";
import { act, cleanup, render, screen } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { I18nProvider } from "../i18n/i18n";
import { loadMessages, type Messages } from "../i18n/messages";
import { stubMatchMedia } from "./jsdom-match-media";
import { QueryState } from "./QueryState";

let messages: Messages;
beforeAll(async () => {
  messages = await loadMessages("sv");
  stubMatchMedia();
});
afterEach(cleanup);

/** Counts the renders of the page inside QueryState, as a page's heavy first render would. */
let pageRenders = 0;
function Page({ grant }: { grant?: { title: string } }) {
  pageRenders++;
  // A page reads its data without checking: it must never render while loading.
  return <h1>{(grant as { title: string }).title.toUpperCase()}</h1>;
}

function Shown({ loading, grant, error }: { loading: boolean; grant?: { title: string }; error?: Error }) {
  return (
    <QueryState loading={loading} error={error}>
      <Page grant={grant} />
    </QueryState>
  );
}

const wrap = (ui: ReactNode) => (
  <MantineProvider>
    <I18nProvider initial={{ locale: "sv", messages }}>{ui}</I18nProvider>
  </MantineProvider>
);

describe("QueryState", () => {
  it("shows the loader, then the page once its answer has come (in the deferred render that follows)", async () => {
    pageRenders = 0;
    const { rerender } = render(wrap(<Shown loading />));
    expect(screen.getByRole("status", { name: "Laddar …" })).toBeTruthy();
    await act(async () => rerender(wrap(<Shown loading={false} grant={{ title: "Q-jouren" }} />)));
    expect(screen.getByRole("heading", { name: "Q-JOUREN" })).toBeTruthy();
    expect(screen.queryByRole("status")).toBeNull();
    expect(pageRenders).toBe(1);
  });

  it("shows the loader at once when an answer is due again, never the page without its data", async () => {
    const { rerender } = render(wrap(<Shown loading={false} grant={{ title: "Q-jouren" }} />));
    expect(screen.getByRole("heading", { name: "Q-JOUREN" })).toBeTruthy();
    rerender(wrap(<Shown loading />));
    expect(screen.getByRole("status", { name: "Laddar …" })).toBeTruthy();
    expect(screen.queryByRole("heading")).toBeNull();
  });

  it("shows a failure at once, whatever the loader was doing", async () => {
    const { rerender } = render(wrap(<Shown loading />));
    rerender(wrap(<Shown loading={false} error={new Error("network")} />));
    expect(screen.getByRole("alert")).toBeTruthy();
  });
});
