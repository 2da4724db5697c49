import { describe, expect, it } from "vitest";
import { yearSource } from "../grants/year-attribution.fixtures";
import { projectFinancing } from "./financing";
import { grant, rvc } from "./financing.fixtures";
import { possibleSources } from "./possible-sources";
import { type ProgrammeCandidate, programmeCovers, programmeSources } from "./programme-sources";
import { financingWarnings } from "./warnings";

const programme = (over: Partial<ProgrammeCandidate>): ProgrammeCandidate => ({
  id: "p",
  name: "Programmet",
  startYear: null,
  endYear: null,
  allocationYears: [],
  grantedKinds: ["MUNICIPAL_ADMINISTRATION"],
  grants: [],
  ...over,
});
/** Relationsvåldscentrum's grants go to Socialtjänst- och arbetsmarknadsförvaltningen (SAF), a municipal administration. */
const subject = { projectId: "rvc", recipientIds: ["saf"], recipientKinds: ["MUNICIPAL_ADMINISTRATION" as const] };
const toSaf = (over: Partial<ProgrammeCandidate["grants"][number]>) => ({
  ...yearSource(),
  projectId: "other",
  recipientId: "saf",
  recipientName: "SAF",
  ...over,
});

describe("programmeCovers", () => {
  it("covers the years of its period, an open end running on, and any year it has an allocation for", () => {
    expect(programmeCovers(programme({ startYear: 2007, endYear: 2008 }), 2008)).toBe(true);
    expect(programmeCovers(programme({ startYear: 2007, endYear: 2008 }), 2010)).toBe(false);
    expect(programmeCovers(programme({ startYear: 2009 }), 2012)).toBe(true);
    expect(programmeCovers(programme({ endYear: 2011 }), 2010)).toBe(true);
    expect(programmeCovers(programme({ allocationYears: [2010] }), 2010)).toBe(true);
  });
  it("covers no year when it states neither period nor allocations", () => {
    expect(programmeCovers(programme({}), 2010)).toBe(false);
  });
});

describe("programmeSources", () => {
  it("names a programme running in 2010 that granted the project's recipient before, with that grant", () => {
    const p = programme({
      id: "dev",
      name: "Utvecklingsmedel 2009–2011",
      startYear: 2009,
      endYear: 2011,
      grants: [toSaf({ amountGranted: "300000", periodStartYear: 2009, periodEndYear: 2009 })],
    });
    expect(programmeSources(rvc, 2010, subject, [p])).toEqual([
      {
        kind: "PROGRAMME",
        name: "Utvecklingsmedel 2009–2011",
        id: "dev",
        lastYear: 2009,
        lastAmount: "300000",
        lastRecipient: { kind: "RECIPIENT", name: "SAF" },
        eligibility: "SAME_KIND_GRANTED",
      },
    ]);
  });

  it("prefers what it granted the project itself, sums that year's grants, and ignores grants after the year", () => {
    const p = programme({
      startYear: 2007,
      endYear: 2012,
      grants: [
        toSaf({ projectId: "rvc", amountGranted: "100000", periodStartYear: 2008 }),
        toSaf({ projectId: "rvc", amountGranted: "50000", periodStartYear: 2008 }),
        toSaf({ amountGranted: "900000", periodStartYear: 2009 }),
        toSaf({ projectId: "rvc", amountGranted: "700000", periodStartYear: 2011 }),
      ],
    });
    expect(programmeSources(rvc, 2010, subject, [p])[0]).toMatchObject({
      lastYear: 2008,
      lastAmount: "150000",
      lastRecipient: { kind: "PROJECT" },
    });
  });

  it("leaves out programmes outside the year, for other kinds of recipient, or already applied to for the year", () => {
    const outside = programme({ id: "old", startYear: 2007, endYear: 2008 });
    const otherKind = programme({ id: "ngo", startYear: 2010, endYear: 2010, grantedKinds: ["NGO"] });
    const applied = programme({ id: "applied", startYear: 2010, endYear: 2010 });
    const input = {
      ...rvc,
      grants: [...rvc.grants, grant({ id: "a", programmeId: "applied", status: "SUBMITTED", periodStartYear: 2010 })],
    };
    expect(programmeSources(input, 2010, subject, [outside, otherKind, applied])).toEqual([]);
    // A rejected application leaves the programme open.
    const rejected = {
      ...rvc,
      grants: [...rvc.grants, grant({ id: "r", programmeId: "applied", status: "REJECTED", periodStartYear: 2010 })],
    };
    expect(programmeSources(rejected, 2010, subject, [applied]).map((s) => s.id)).toEqual(["applied"]);
  });

  it("names a programme that has granted nothing yet, saying that its eligibility is not known", () => {
    const fresh = programme({ id: "new", name: "Ny satsning", allocationYears: [2010], grantedKinds: [] });
    expect(programmeSources(rvc, 2010, subject, [fresh])).toEqual([
      expect.objectContaining({ id: "new", lastYear: null, lastAmount: null, lastRecipient: null, eligibility: "NOT_KNOWN" }),
    ]);
  });

  it("puts the programmes after the partners among a gap's possible sources", () => {
    const p = programme({ id: "dev", allocationYears: [2010] });
    const [gap] = financingWarnings(rvc, projectFinancing(rvc), 2010, { subject, candidates: [p] });
    const sources = gap.kind === "YEAR_GAP" ? gap.possibleSources : [];
    expect(sources.map((s) => s.kind)).toEqual([...Array(7).fill("PARTNER"), "PROGRAMME"]);
    expect(possibleSources(rvc, 2010)).toHaveLength(7);
  });
});
