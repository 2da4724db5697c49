import type { ChartRow, ChartSeries } from "./chart-layout";

/** A small financing, for the charts' tests: grants and own money stacked, the need as a line, gaps where nothing was reported. */
export const testSeries: ChartSeries[] = [
  { key: "grant", name: "Bidrag", color: "grape.6", kind: "bar" },
  { key: "own", name: "Egen", color: "teal.6", kind: "bar" },
  { key: "need", name: "Behov", color: "red.7", kind: "line" },
];

export const testRows: ChartRow[] = [
  { label: "2008", values: { grant: 600, own: 400, need: 1200 } },
  { label: "2009", values: { grant: 800, own: null, need: 900 } },
  { label: "2010", values: { grant: 0, own: 200, need: null } },
];
