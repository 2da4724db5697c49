import type { YearAttributionSource } from "./year-attribution";

/** For tests: a grant that says nothing about its years, with the facts a test gives. */
export const yearSource = (over: Partial<YearAttributionSource> = {}): YearAttributionSource => ({
  amountApplied: null,
  amountGranted: null,
  periodStartYear: null,
  periodEndYear: null,
  decisionYear: null,
  yearAmounts: [],
  ...over,
});
