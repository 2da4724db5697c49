// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { tabsAsButtons } from "./graphiql-tabs";

/** GraphiQL 5's session header as it renders two tabs, the second one open. */
const HEADER = `
  <ul role="tablist" aria-label="Select active operation" class="graphiql-tabs">
    <li role="tab" aria-selected="false" class="graphiql-tab">
      <button class="graphiql-tab-button" aria-controls="graphiql-session">first</button>
      <button class="graphiql-tab-close" aria-label="Close Tab"></button>
    </li>
    <li role="tab" aria-selected="true" class="graphiql-tab graphiql-tab-active">
      <button class="graphiql-tab-button" aria-controls="graphiql-session">second</button>
      <button class="graphiql-tab-close" aria-label="Close Tab"></button>
    </li>
  </ul>`;

describe("GraphiQL's tabs as a list of buttons", () => {
  it("leaves no interactive role around the buttons and marks the open operation's button", () => {
    const root = document.createElement("div");
    root.innerHTML = HEADER;
    tabsAsButtons(root);
    expect(root.querySelectorAll("[role], [aria-selected]")).toHaveLength(0);
    expect(root.querySelector("ul")?.getAttribute("aria-label")).toBe("Select active operation");
    const buttons = [...root.querySelectorAll(".graphiql-tab-button")];
    expect(buttons.map((b) => b.getAttribute("aria-current"))).toEqual([null, "true"]);
  });

  it("follows GraphiQL when another tab is opened, and changes nothing once settled", () => {
    const root = document.createElement("div");
    root.innerHTML = HEADER;
    tabsAsButtons(root);
    // GraphiQL opens the first tab: it sets the class and aria-selected again.
    const [first, second] = root.querySelectorAll("li");
    first.classList.add("graphiql-tab-active");
    first.setAttribute("aria-selected", "true");
    second.classList.remove("graphiql-tab-active");
    second.setAttribute("aria-selected", "false");
    tabsAsButtons(root);
    expect([...root.querySelectorAll(".graphiql-tab-button")].map((b) => b.getAttribute("aria-current"))).toEqual(["true", null]);
    const before = root.innerHTML;
    tabsAsButtons(root);
    expect(root.innerHTML).toBe(before);
  });
});
