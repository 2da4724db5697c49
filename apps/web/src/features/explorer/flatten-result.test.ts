import { describe, expect, it } from "vitest";
import { flattenResult, numericColumns, sortRows } from "./flatten-result";

describe("flattenResult", () => {
  it("makes one row per node of a connection, nested objects as dotted columns", () => {
    const table = flattenResult({
      grants: {
        edges: [
          { node: { title: "Skyddat boende", amountApplied: "250000", funder: { name: "Länsstyrelsen" } } },
          { node: { title: "Stödsamtal", amountApplied: null, funder: { name: "Socialstyrelsen" } } },
        ],
      },
    });
    expect(table.columns).toEqual(["title", "amountApplied", "funder.name"]);
    expect(table.rows).toEqual([
      { title: "Skyddat boende", amountApplied: "250000", "funder.name": "Länsstyrelsen" },
      { title: "Stödsamtal", amountApplied: null, "funder.name": "Socialstyrelsen" },
    ]);
  });

  it("gives a node one row per element of its lists, repeating the node's own fields", () => {
    const table = flattenResult({
      projects: {
        edges: [
          {
            node: {
              name: "A",
              financing: [
                { year: 2025, gap: "10" },
                { year: 2026, gap: null },
              ],
            },
          },
          { node: { name: "B", financing: [] } },
        ],
      },
    });
    expect(table.columns).toEqual(["name", "financing.year", "financing.gap"]);
    expect(table.rows).toEqual([
      { name: "A", "financing.year": 2025, "financing.gap": "10" },
      { name: "A", "financing.year": 2026, "financing.gap": null },
      { name: "B", "financing.year": null, "financing.gap": null },
    ]);
  });

  it("keeps an aggregate group on one row: a column per dimension's key, the totals left out", () => {
    const table = flattenResult({
      grantAggregate: {
        totalCount: 2,
        totals: { amountGranted: "300" },
        edges: [
          {
            node: {
              keys: [
                { dimension: "YEAR", label: "2008" },
                { dimension: "FUNDER", label: "Länsstyrelsen", id: "T3JnOjE=" },
              ],
              amountGranted: "100",
            },
          },
          {
            node: {
              keys: [
                { dimension: "YEAR", label: "Okänt år" },
                { dimension: "FUNDER", label: "Brottsofferfonden", id: "T3JnOjI=" },
              ],
              amountGranted: "200",
            },
          },
        ],
      },
    });
    expect(table.columns).toEqual(["keys.YEAR.label", "keys.FUNDER.label", "keys.FUNDER.id", "amountGranted"]);
    expect(table.rows).toEqual([
      { "keys.YEAR.label": "2008", "keys.FUNDER.label": "Länsstyrelsen", "keys.FUNDER.id": "T3JnOjE=", amountGranted: "100" },
      { "keys.YEAR.label": "Okänt år", "keys.FUNDER.label": "Brottsofferfonden", "keys.FUNDER.id": "T3JnOjI=", amountGranted: "200" },
    ]);
  });

  it("reads a plain list and an object holding a list (grantSummary groups)", () => {
    expect(flattenResult({ programmeOverview: [{ programmeName: "Kvinnofrid", year: 2009 }] }).rows).toEqual([
      { programmeName: "Kvinnofrid", year: 2009 },
    ]);
    const summary = flattenResult({
      grantSummary: {
        count: 3,
        groups: [
          { label: "X", count: 2 },
          { label: "Y", count: 1 },
        ],
      },
    });
    expect(summary.columns).toEqual(["count", "groups.label", "groups.count"]);
    expect(summary.rows.map((r) => r["groups.label"])).toEqual(["X", "Y"]);
    expect(summary.rows.every((r) => r.count === 3)).toBe(true);
  });

  it("keeps top-level names when there are several fields (aliases), and stacks sibling lists", () => {
    const table = flattenResult({ a: [{ x: 1 }], b: [{ y: 2 }, { y: 3 }] });
    expect(table.columns).toEqual(["a.x", "b.y"]);
    expect(table.rows).toEqual([
      { "a.x": 1, "b.y": null },
      { "a.x": null, "b.y": 2 },
      { "a.x": null, "b.y": 3 },
    ]);
  });

  it("shows a single scalar field under its own name, and nothing for no data", () => {
    expect(flattenResult({ financingOpeningYear: 2026 })).toEqual({
      columns: ["financingOpeningYear"],
      rows: [{ financingOpeningYear: 2026 }],
    });
    expect(flattenResult(null)).toEqual({ columns: [], rows: [] });
    expect(flattenResult({ grants: { edges: [] } })).toEqual({ columns: [], rows: [] });
  });
});

describe("numericColumns", () => {
  it("finds the columns of numbers and exact amounts, not ids, text or empty columns", () => {
    const table = {
      columns: ["year", "amount", "id", "name", "none"],
      rows: [
        { year: 2018, amount: "733333.33", id: "R3JhbnQ6MQ==", name: "Q-jouren", none: null },
        { year: 2019, amount: null, id: "R3JhbnQ6Mg==", name: "2019", none: null },
      ],
    };
    expect([...numericColumns(table)]).toEqual(["year", "amount"]);
  });
});

describe("sortRows", () => {
  const rows = [
    { n: "916210.5", t: "b" },
    { n: "20", t: "Å" },
    { n: null, t: "a" },
  ];
  it("sorts amounts as numbers, nulls last, text in Swedish order", () => {
    expect(sortRows(rows, "n", "asc").map((r) => r.n)).toEqual(["20", "916210.5", null]);
    expect(sortRows(rows, "n", "desc").map((r) => r.n)).toEqual(["916210.5", "20", null]);
    expect(sortRows(rows, "t", "asc").map((r) => r.t)).toEqual(["a", "b", "Å"]);
  });
});
