import type { Prisma } from "@bk/domain/server";
import type { Random } from "./random";
import { type CountySizes, FIRST_YEAR, LAST_YEAR } from "./sizes";

/** The municipalities of Stockholm county, which the synthetic organisations and projects are spread over. */
export const MUNICIPALITIES = [
  "Botkyrka",
  "Danderyd",
  "Ekerö",
  "Haninge",
  "Huddinge",
  "Järfälla",
  "Lidingö",
  "Nacka",
  "Norrtälje",
  "Nykvarn",
  "Nynäshamn",
  "Salem",
  "Sigtuna",
  "Sollentuna",
  "Solna",
  "Stockholm",
  "Sundbyberg",
  "Södertälje",
  "Tyresö",
  "Täby",
  "Upplands Väsby",
  "Upplands-Bro",
  "Vallentuna",
  "Vaxholm",
  "Värmdö",
  "Österåker",
] as const;

const FUNDER_KINDS = ["GOVERNMENT", "GOVERNMENT_AGENCY", "COUNTY_BOARD", "REGION"] as const;
const RECIPIENT_KINDS = [
  "MUNICIPALITY",
  "MUNICIPAL_COMMITTEE",
  "MUNICIPAL_ADMINISTRATION",
  "DISTRICT",
  "NGO",
  "NGO",
  "NGO",
  "POLICE",
  "NETWORK",
  "OTHER",
] as const;
const TOPICS = [
  "kvinnojour",
  "stödsamtal",
  "skyddat boende",
  "förebyggande arbete",
  "barn som upplever våld",
  "hedersrelaterat våld",
  "utbildning",
  "samverkan",
  "våldsutövare",
  "tjejjour",
] as const;

/** What later tables need to know of the parties: ids, and who funds and who receives. */
export type Parties = {
  funders: string[];
  recipients: { id: string; municipality: string }[];
  programmes: { id: string; funderId: string; startYear: number; endYear: number }[];
  projects: { id: string; ownerId: string; startYear: number }[];
  indicators: { id: string; countsPeople: boolean }[];
};

export type PartyRows = {
  organisations: Prisma.OrganisationCreateManyInput[];
  programmes: Prisma.ProgrammeCreateManyInput[];
  projects: Prisma.ProjectCreateManyInput[];
  indicators: Prisma.IndicatorCreateManyInput[];
};

/** Organisations (one in twenty a funder), programmes over 2005–2025, projects and indicators. */
export function generateParties(
  r: Random,
  sizes: CountySizes,
  key: (kind: string, i: number) => string,
): { rows: PartyRows; parties: Parties } {
  const parties: Parties = { funders: [], recipients: [], programmes: [], projects: [], indicators: [] };
  const organisations: Prisma.OrganisationCreateManyInput[] = [];
  const funderCount = Math.max(3, Math.round(sizes.organisations / 20));
  for (let i = 0; i < sizes.organisations; i++) {
    const id = r.uuid();
    const municipality = r.pick(MUNICIPALITIES);
    const funder = i < funderCount;
    const kind = funder ? r.pick(FUNDER_KINDS) : r.pick(RECIPIENT_KINDS);
    organisations.push({
      id,
      name: funder ? `Finansiär ${i + 1} (${kind.toLowerCase()})` : `${municipality} ${r.pick(TOPICS)} ${i + 1}`,
      kind,
      municipality: funder && kind !== "COUNTY_BOARD" ? null : municipality,
      organisationNumber: `${String(800000 + i).padStart(6, "0")}-${String(r.int(0, 9999)).padStart(4, "0")}`,
      description: r.chance(0.5) ? `Syntetisk organisation i ${municipality} som arbetar med ${r.pick(TOPICS)}.` : null,
      seedKey: key("org", i),
    });
    if (funder) parties.funders.push(id);
    else parties.recipients.push({ id, municipality });
  }
  const programmes: Prisma.ProgrammeCreateManyInput[] = [];
  for (let i = 0; i < sizes.programmes; i++) {
    const id = r.uuid();
    const startYear = r.int(FIRST_YEAR, LAST_YEAR);
    const endYear = Math.min(LAST_YEAR, startYear + r.int(0, 3));
    const funderId = r.pick(parties.funders);
    programmes.push({
      id,
      name: `Program ${i + 1}: ${r.pick(TOPICS)} ${startYear}–${endYear}`,
      funderId,
      startYear,
      endYear,
      seedKey: key("programme", i),
    });
    parties.programmes.push({ id, funderId, startYear, endYear });
  }
  const projects: Prisma.ProjectCreateManyInput[] = [];
  for (let i = 0; i < sizes.projects; i++) {
    const id = r.uuid();
    const owner = r.pick(parties.recipients);
    const startYear = r.int(FIRST_YEAR, LAST_YEAR);
    projects.push({
      id,
      name: `${owner.municipality}: ${r.pick(TOPICS)} ${i + 1}`,
      ownerId: owner.id,
      operatorId: r.chance(0.3) ? r.pick(parties.recipients).id : owner.id,
      phase: r.pick(["PILOT", "PROJECT", "IMPLEMENTATION", "PERMANENT", "ENDED"] as const),
      startDate: new Date(Date.UTC(startYear, r.int(0, 11), 1)),
      startPrecision: "MONTH",
      municipality: owner.municipality,
      seedKey: key("project", i),
    });
    parties.projects.push({ id, ownerId: owner.id, startYear });
  }
  const indicators: Prisma.IndicatorCreateManyInput[] = [];
  for (let i = 0; i < sizes.indicators; i++) {
    const id = r.uuid();
    const countsPeople = r.chance(0.6);
    indicators.push({
      id,
      name: `Indikator ${i + 1}`,
      unit: countsPeople ? "personer" : "samtal",
      countsPeople,
      seedKey: key("indicator", i),
    });
    parties.indicators.push({ id, countsPeople });
  }
  return { rows: { organisations, programmes, projects, indicators }, parties };
}
