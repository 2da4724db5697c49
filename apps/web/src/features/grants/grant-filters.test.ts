import { describe, expect, it } from "vitest";
import { grantFilterParams, grantFiltersOf, grantsListVariables, grantWhereOf } from "./grant-filters";

describe("the grant list's filters in the address", () => {
  it("reads every filter, and writes them back as they were", () => {
    const search =
      "q=Q-jouren&status=GRANTED,PAID&funder=T3JnOjE%3D&recipient=T3JnOjI%3D&year=2010&min=100000&max=2000000&sort=title&size=50";
    const filters = grantFiltersOf(new URLSearchParams(search));
    expect(filters).toEqual({
      text: "Q-jouren",
      status: ["GRANTED", "PAID"],
      funder: "T3JnOjE=",
      recipient: "T3JnOjI=",
      year: 2010,
      min: "100000",
      max: "2000000",
      sort: "title",
      pageSize: 50,
    });
    expect([...grantFilterParams(filters)]).toEqual([...new URLSearchParams(search)]);
  });

  it("falls back to the defaults for what is missing or unknown, and leaves the defaults out of the address", () => {
    const filters = grantFiltersOf(new URLSearchParams("year=abc&size=7&sort=cheapest"));
    expect(filters).toMatchObject({ year: null, pageSize: 20, sort: "newest", status: [], funder: null, text: "" });
    expect(grantFilterParams(filters).toString()).toBe("");
  });

  it("asks the API for the first page with only the filters that are set", () => {
    const filters = grantFiltersOf(new URLSearchParams("year=2010&min=5000"));
    const variables = grantsListVariables(filters, grantWhereOf(filters), null);
    expect(JSON.parse(JSON.stringify(variables))).toEqual({
      where: { year: 2010, amountGranted: { gte: "5000" } },
      orderBy: [{ field: "PERIOD_START_YEAR", direction: "DESC" }],
      first: 20,
      after: null,
    });
  });
});
