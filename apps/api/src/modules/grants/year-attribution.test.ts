import { grantYearShares } from "@bk/domain";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGrant, createOrganisation, createProject } from "../../../../../prisma/seed/factories";
import { graphql, narrowNode } from "../../test/graphql";
import { startTestApi, type TestApi } from "../../test/harness";

// One rule decides which years a grant counts in (packages/domain/src/grants/year-attribution.ts);
// every figure by year and the year filter must follow it.

let api: TestApi;
let programmeId: string;
let projectId: string;
beforeAll(async () => {
  api = await startTestApi({ seed: false });
  const funder = await createOrganisation(api.db.prisma, { name: "Länsstyrelsen", kind: "COUNTY_BOARD" });
  programmeId = (await api.db.prisma.programme.create({ data: { name: "Utvecklingsmedel 2027–2028", funderId: funder.id } })).id;
  projectId = (await createProject(api.db.prisma, { name: "Stödcentrum" })).id;
  // Two years, no per-year split, amounts that do not divide evenly.
  await createGrant(api.db.prisma, {
    title: "Projektmedel 2027–2028",
    funderId: funder.id,
    programmeId,
    projectId,
    status: "GRANTED",
    amountApplied: "1000001",
    amountGranted: "900001",
    periodStartYear: 2027,
    periodEndYear: 2028,
    yearAmounts: undefined,
    conditions: undefined,
  });
});
afterAll(() => api.close());

describe("a 2027–2028 grant without a per-year split", () => {
  const EXPECTED = [
    { year: 2027, applied: "500000.5", granted: "450000.5" },
    { year: 2028, applied: "500000.5", granted: "450000.5" },
  ];

  it("counts half in each year in the programme overview, grantSummary(by: YEAR) and the project's financing", async () => {
    const res = await api.gql(
      narrowNode(
        graphql(`query YearAttributionFigures($programme: ID!, $project: ID!) {
        programmeOverview { programmeName year applied granted grantCount }
        grantSummary(where: { programme: { equals: $programme } }) { groups(by: YEAR) { key count amountApplied amountGranted } }
        node(id: $project) { ... on Project { financing { year need secured } } }
      }`),
      ),
      { programme: encodeGlobalID("Programme", programmeId), project: encodeGlobalID("Project", projectId) },
    );
    expect(res.errors).toBeUndefined();
    const overview = res.data?.programmeOverview.filter((r) => r.programmeName === "Utvecklingsmedel 2027–2028");
    expect(overview?.map((r) => ({ year: r.year, applied: r.applied, granted: r.granted }))).toEqual(EXPECTED);
    expect(overview?.map((r) => r.grantCount)).toEqual([1, 1]);
    expect(res.data?.grantSummary.groups.map((g) => ({ year: Number(g.key), applied: g.amountApplied, granted: g.amountGranted }))).toEqual(
      EXPECTED,
    );
    expect(res.data?.node.financing.map((y) => ({ year: y.year, applied: y.need, granted: y.secured }))).toEqual(EXPECTED);
  });

  it("is listed by the year filter in exactly those two years", async () => {
    const inYear = async (year: number) => {
      const res = await api.gql(
        graphql(
          `query YearAttributionCount($year: Int!, $programme: ID!) { grants(where: { year: $year, programme: { equals: $programme } }) { totalCount } }`,
        ),
        { year, programme: encodeGlobalID("Programme", programmeId) },
      );
      expect(res.errors).toBeUndefined();
      return res.data?.grants.totalCount;
    };
    expect([await inYear(2026), await inYear(2027), await inYear(2028), await inYear(2029)]).toEqual([0, 1, 1, 0]);
  });
});

describe("the grant list's year filter", () => {
  it("selects exactly the grants the rule gives a share in that year, for every shape of grant", async () => {
    const db = api.db.prisma;
    const funder = await createOrganisation(db, { kind: "COUNTY_BOARD" });
    const shapesProgramme = (await db.programme.create({ data: { name: "Former" } })).id;
    const decided = (year: number, month = 6) => new Date(Date.UTC(year, month, 15));
    const shapes = {
      "split wins over period": { periodStartYear: 2005, periodEndYear: 2009, yearAmounts: { create: [{ year: 2007 }, { year: 2009 }] } },
      "period, no split": { periodStartYear: 2006, periodEndYear: 2008 },
      "open period": { periodStartYear: 2007, periodEndYear: null, decisionDate: decided(2006) },
      "end before start": { periodStartYear: 2009, periodEndYear: 2007 },
      "decision year alone": { periodStartYear: null, periodEndYear: null, decisionDate: decided(2008, 0) },
      "decision year to the end": { periodStartYear: null, periodEndYear: 2010, decisionDate: decided(2008, 11) },
      "end before the decision": { periodStartYear: null, periodEndYear: 2006, decisionDate: decided(2008) },
      "no year at all": { periodStartYear: null, periodEndYear: 2009, decisionDate: null },
    };
    for (const [title, shape] of Object.entries(shapes))
      await createGrant(db, { title, funderId: funder.id, programmeId: shapesProgramme, yearAmounts: undefined, ...shape });

    const stored = await db.grant.findMany({ where: { programmeId: shapesProgramme }, include: { yearAmounts: true } });
    const ruleYears = (title: string) => {
      const g = stored.find((s) => s.title === title);
      if (!g) throw new Error(title);
      return grantYearShares({
        amountApplied: null,
        amountGranted: null,
        periodStartYear: g.periodStartYear,
        periodEndYear: g.periodEndYear,
        decisionYear: g.decisionDate?.getUTCFullYear() ?? null,
        yearAmounts: g.yearAmounts.map((y) => ({ year: y.year, amountApplied: null, amountGranted: null })),
      }).map((s) => s.year);
    };
    // The rule's own answer for a few shapes, so that agreement below is agreement with the right thing.
    expect(ruleYears("split wins over period")).toEqual([2007, 2009]);
    expect(ruleYears("decision year to the end")).toEqual([2008, 2009, 2010]);
    expect(ruleYears("no year at all")).toEqual([]);

    for (let year = 2004; year <= 2011; year++) {
      const res = await api.gql(
        graphql(
          `query YearAttributionTitles($year: Int!, $programme: ID!) { grants(first: 100, where: { year: $year, programme: { equals: $programme } }) { edges { node { title } } } }`,
        ),
        { year, programme: encodeGlobalID("Programme", shapesProgramme) },
      );
      expect(res.errors).toBeUndefined();
      const listed = res.data?.grants.edges.map((e) => e.node.title).sort();
      const expected = Object.keys(shapes)
        .filter((title) => ruleYears(title).includes(year))
        .sort();
      expect(listed, String(year)).toEqual(expected);
    }
  });

  it("refuses a year outside 1990–2100 with the catalogue's reason", async () => {
    const res = await api.gql(graphql(`query YearAttributionTooEarly { grants(where: { year: 1989 }) { totalCount } }`));
    expect(res.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "where.year",
      reason: "year.outOfRange",
      params: { min: 1990, max: 2100 },
    });
    expect(res.errors?.[0].message).toBe("The year must be between 1990 and 2100");
  });
});
