import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGrant, createOrganisation, createProject } from "../../../../../prisma/seed/factories";
import { graphql, narrowNode } from "../../test/graphql";
import { startTestApi, type TestApi } from "../../test/harness";

let api: TestApi;
let rvc: { id: string; uuid: string };
let saf: { id: string; name: string };
let programmeId: string;

const RVC = graphql(`query PossibleSourcesRvc { projects(where: { text: "relationsvald" }) { edges { node { id } } } }`);

const WARNINGS = narrowNode(
  graphql(`
    query PossibleSourcesWarnings($id: ID!) {
      node(id: $id) {
        ... on Project {
          financingWarnings(referenceYear: 2010) {
            kind
            possibleSources { kind name link lastYear lastAmount lastRecipientName eligibility }
          }
        }
      }
    }
  `),
);

const PORTFOLIO = graphql(`
  query PossibleSourcesPortfolio {
    financingPortfolio {
      name
      nextUnfinancedYear { year gap }
      nextUnfinancedWarnings { kind possibleSources { kind name link } possibleSourceCount }
    }
  }
`);

beforeAll(async () => {
  api = await startTestApi();
  const db = api.db.prisma;
  const project = await db.project.findFirstOrThrow({ where: { name: "Relationsvåldscentrum" }, select: { id: true } });
  const res = await api.gql(RVC);
  rvc = { id: res.data?.projects.edges[0].node.id as string, uuid: project.id };
  // Relationsvåldscentrum's grants go to Socialtjänst- och arbetsmarknadsförvaltningen (a municipal administration).
  const recipient = await db.grant.findFirstOrThrow({ where: { projectId: project.id }, select: { recipient: true } });
  saf = recipient.recipient;
  const qJouren = await db.project.findFirstOrThrow({ where: { name: "Q-jouren" }, select: { id: true } });
  const lst = await db.organisation.findFirstOrThrow({ where: { name: "Länsstyrelsen i Stockholms län" } });

  // A programme running 2009–2011 that granted the same administration 300 000 kr for Q-jouren in 2009.
  const dev = await db.programme.create({ data: { name: "Utvecklingsmedel för kvinnofrid 2009–2011", startYear: 2009, endYear: 2011 } });
  programmeId = dev.id;
  await createGrant(db, {
    funderId: lst.id,
    recipientId: saf.id,
    projectId: qJouren.id,
    programmeId: dev.id,
    status: "GRANTED",
    amountApplied: "300000",
    amountGranted: "300000",
    periodStartYear: 2009,
    periodEndYear: 2009,
    yearAmounts: { create: [{ year: 2009, amountApplied: "300000", amountGranted: "300000" }] },
  });
  // A programme with a 2010 allocation that has only granted to associations: not for a municipal administration.
  const ngoOnly = await db.programme.create({
    data: { name: "Stöd till ideella föreningar", allocations: { create: [{ year: 2010, level: "COUNTY", amount: "1000000" }] } },
  });
  const ngo = await createOrganisation(db, { name: "En kvinnojour", kind: "NGO" });
  await createGrant(db, { funderId: lst.id, recipientId: ngo.id, programmeId: ngoOnly.id, status: "GRANTED" });
  // A programme that ran 2011–2012 only: not for 2010.
  await db.programme.create({ data: { name: "Senare satsning", startYear: 2011, endYear: 2012 } });
});
afterAll(() => api.close());

const gapSources = async (gql = api.gql) => {
  const res = await gql(WARNINGS, { id: rvc.id });
  expect(res.errors).toBeUndefined();
  return res.data?.node.financingWarnings.find((w) => w.kind === "YEAR_GAP")?.possibleSources ?? [];
};

describe("possible sources for a gap: partners who stopped, and programmes that cover the year", () => {
  it("names the seven partners who paid 150 000 kr until 2009, then the programme running in 2010 with what it granted the recipient", async () => {
    const sources = await gapSources();
    const partners = sources.filter((s) => s.kind === "PARTNER");
    expect(partners).toHaveLength(7);
    expect(partners).toContainEqual(
      expect.objectContaining({ name: "Solna stad", lastYear: 2009, lastAmount: "150000", eligibility: null }),
    );
    const solna = await api.db.prisma.organisation.findFirstOrThrow({ where: { name: "Solna stad" } });
    expect(partners.find((s) => s.name === "Solna stad")?.link).toBe(Buffer.from(`Organisation:${solna.id}`).toString("base64"));

    expect(sources.filter((s) => s.kind === "PROGRAMME")).toEqual([
      {
        kind: "PROGRAMME",
        name: "Utvecklingsmedel för kvinnofrid 2009–2011",
        link: Buffer.from(`Programme:${programmeId}`).toString("base64"),
        lastYear: 2009,
        lastAmount: "300000",
        lastRecipientName: saf.name,
        eligibility: "SAME_KIND_GRANTED",
      },
    ]);
    // The seeded programmes: 2007–2008 (over before 2010) and one that states no years: neither is named.
    expect(sources.map((s) => s.name)).not.toContain("Utvecklingsmedel till kvinnojoursverksamhet 2007–2008");
  });

  it("shows a project lead what the programme granted other projects only where the lead may see them", async () => {
    const lead = api.as({ roles: ["PROJECT_LEAD"], projectIds: [rvc.uuid] }).gql;
    const programme = (await gapSources(lead)).find((s) => s.kind === "PROGRAMME");
    expect(programme).toMatchObject({ name: "Utvecklingsmedel för kvinnofrid 2009–2011", eligibility: "SAME_KIND_GRANTED" });
    expect(programme).toMatchObject({ lastYear: null, lastAmount: null, lastRecipientName: null });
  });

  it("gives the portfolio's next unfinanced year the same sources, in a number of SQL statements that does not grow with the projects", async () => {
    api.statements.length = 0;
    const first = await api.gql(PORTFOLIO);
    expect(first.errors).toBeUndefined();
    const before = api.dataStatements().length;
    const row = first.data?.financingPortfolio.find((r) => r.name === "Relationsvåldscentrum");
    expect(row?.nextUnfinancedYear).toEqual({ year: 2010, gap: "400000" });
    expect(row?.nextUnfinancedWarnings[0].possibleSources.map((s) => s.kind)).toEqual([...Array(7).fill("PARTNER"), "PROGRAMME"]);
    // The number a list shows, without every source's fields: as many as named.
    expect(row?.nextUnfinancedWarnings[0].possibleSourceCount).toBe(8);
    for (const r of first.data?.financingPortfolio ?? []) {
      for (const w of r.nextUnfinancedWarnings) expect(w.possibleSourceCount).toBe(w.possibleSources.length);
    }

    // Five more projects, each with a gap in 2010 and a grant to its own recipient.
    for (let i = 0; i < 5; i++) {
      const owner = await createOrganisation(api.db.prisma, { kind: "MUNICIPAL_ADMINISTRATION" });
      const p = await createProject(api.db.prisma, { name: `Gapprojekt ${i}`, ownerId: owner.id });
      await createGrant(api.db.prisma, { recipientId: owner.id, projectId: p.id });
    }
    api.statements.length = 0;
    const second = await api.gql(PORTFOLIO);
    expect(second.errors).toBeUndefined();
    expect(api.dataStatements().length).toBe(before);
    const added = second.data?.financingPortfolio.filter((r) => r.name.startsWith("Gapprojekt")) ?? [];
    expect(added).toHaveLength(5);
    for (const r of added) {
      expect(r.nextUnfinancedYear).toEqual({ year: 2010, gap: "400000" });
      expect(r.nextUnfinancedWarnings[0].possibleSources.map((s) => s.name)).toContain("Utvecklingsmedel för kvinnofrid 2009–2011");
    }
  });
});
