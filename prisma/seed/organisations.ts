import type { OrganisationKind } from "@bk/domain";

export type OrganisationSeed = {
  name: string;
  shortName?: string;
  kind: OrganisationKind;
  parent?: string;
  municipality?: string;
  description?: string;
  website?: string;
  email?: string;
  phone?: string;
  address?: string;
};

/** Every party named in the five source documents, spelled as in the originals (OCR repaired). */
export const organisations = {
  regeringen: { name: "Regeringen", kind: "GOVERNMENT" },
  "lst-stockholm": {
    name: "Länsstyrelsen i Stockholms län",
    shortName: "Lst",
    kind: "COUNTY_BOARD",
    description: "Fördelar statliga utvecklingsmedel för kvinnofrid i länet.",
  },
  "stockholms-stad": { name: "Stockholms stad", kind: "MUNICIPALITY", municipality: "Stockholm" },
  "kommunstyrelsen-stockholm": {
    name: "Kommunstyrelsen i Stockholms stad",
    kind: "MUNICIPAL_COMMITTEE",
    parent: "stockholms-stad",
    municipality: "Stockholm",
  },
  saf: {
    name: "Socialtjänst- och arbetsmarknadsförvaltningen",
    shortName: "SAF",
    kind: "MUNICIPAL_ADMINISTRATION",
    parent: "stockholms-stad",
    municipality: "Stockholm",
  },
  san: {
    name: "Socialtjänst- och arbetsmarknadsnämnden",
    shortName: "SAN",
    kind: "MUNICIPAL_COMMITTEE",
    parent: "stockholms-stad",
    municipality: "Stockholm",
  },
  preventionscentrum: {
    name: "Preventionscentrum Stockholm",
    kind: "MUNICIPAL_UNIT",
    parent: "saf",
    municipality: "Stockholm",
    description: "Vid socialtjänst- och arbetsmarknadsförvaltningens avdelning för stadsövergripande sociala frågor.",
  },
  "hasselby-vallingby": {
    name: "Hässelby-Vällingby stadsdelsnämnd",
    kind: "DISTRICT",
    parent: "stockholms-stad",
    municipality: "Stockholm",
    description: "Stadsdelsnämnd och stadsdelsförvaltning i Stockholms stad.",
    address: "Box 3424, 165 23 Hässelby",
    phone: "08-508 040 00",
    email: "hasselby-vallingby@hasselby.stockholm.se",
    website: "www.stockholm.se/hasselby-vallingby",
  },
  "kvinnofridsteamet-hv": {
    name: "Kvinnofridsteamet i Hässelby-Vällingby",
    kind: "MUNICIPAL_UNIT",
    parent: "hasselby-vallingby",
    municipality: "Stockholm",
    description: "Startade våren 2007 för att ge bättre stöd till kvinnor som utsatts för hot och våld av närstående män.",
  },
  bromma: { name: "Bromma stadsdelsnämnd", kind: "DISTRICT", parent: "stockholms-stad", municipality: "Stockholm" },
  "rinkeby-kista": {
    name: "Rinkeby-Kista stadsdelsnämnd",
    kind: "DISTRICT",
    parent: "stockholms-stad",
    municipality: "Stockholm",
  },
  "spanga-tensta": {
    name: "Spånga-Tensta stadsdelsnämnd",
    kind: "DISTRICT",
    parent: "stockholms-stad",
    municipality: "Stockholm",
  },
  solna: { name: "Solna stad", kind: "MUNICIPALITY", municipality: "Solna" },
  sundbyberg: { name: "Sundbybergs stad", kind: "MUNICIPALITY", municipality: "Sundbyberg" },
  ekero: { name: "Ekerö kommun", kind: "MUNICIPALITY", municipality: "Ekerö" },
  haninge: { name: "Haninge kommun", kind: "MUNICIPALITY", municipality: "Haninge" },
  "socialnamnden-haninge": {
    name: "Socialnämnden i Haninge kommun",
    kind: "MUNICIPAL_COMMITTEE",
    parent: "haninge",
    municipality: "Haninge",
  },
  "socialforvaltningen-haninge": {
    name: "Socialförvaltningen i Haninge kommun",
    kind: "MUNICIPAL_ADMINISTRATION",
    parent: "haninge",
    municipality: "Haninge",
    email: "socialforvaltningen@haninge.se",
  },
  "polismyndigheten-stockholm": { name: "Polismyndigheten i Stockholms län", kind: "POLICE" },
  "vasterort-polis": {
    name: "Västerorts polismästardistrikt",
    kind: "POLICE",
    parent: "polismyndigheten-stockholm",
    municipality: "Stockholm",
  },
  aklagarmyndigheten: { name: "Åklagarmyndigheten", kind: "GOVERNMENT_AGENCY" },
  kriminalvarden: { name: "Kriminalvården", kind: "GOVERNMENT_AGENCY" },
  socialstyrelsen: { name: "Socialstyrelsen", kind: "GOVERNMENT_AGENCY" },
  sll: { name: "Stockholms läns landsting", shortName: "SLL", kind: "REGION" },
  skl: { name: "Sveriges Kommuner och Landsting", shortName: "SKL", kind: "ASSOCIATION_OF_AUTHORITIES" },
  "operation-kvinnofrid": {
    name: "Operation kvinnofrid",
    kind: "NETWORK",
    description: "Myndighetsgemensamt samverkansorgan i Stockholms län sedan 1996.",
  },
  "rfhl-stockholm": {
    name: "RFHL Stockholm",
    shortName: "RFHL",
    kind: "NGO",
    municipality: "Stockholm",
    description: "Driver Qvinnoqulan och startade Q-jouren, en kvinnojour för missbrukande kvinnor.",
  },
  "haninge-kvinnojour": {
    name: "Haninge Kvinnojour",
    kind: "NGO",
    municipality: "Haninge",
    description: "Ideell förening med kvinnojour, tjejjour och skyddat boende. Medlem i ROKS.",
  },
  roks: { name: "Riksorganisationen för kvinnojourer och tjejjourer i Sverige", shortName: "ROKS", kind: "NGO" },
} satisfies Record<string, OrganisationSeed>;

export type OrganisationKey = keyof typeof organisations;
