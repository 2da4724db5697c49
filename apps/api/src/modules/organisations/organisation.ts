import { ownProjectsWhere, readersOfAllWhere } from "../../auth/visibility";
import { builder } from "../../builder";
import { VERSION_DESCRIPTION } from "../audit/expected-version";
import { timestamps } from "../shared/common-fields";
import { OrganisationKindEnum } from "../shared/enums";
import { defineListQuery } from "../shared/list-query";

export const OrganisationRef = builder.prismaNode("Organisation", {
  // Select mode: each field loads only its own columns (not the long description and search text of every
  // organisation or project nested in a list); fields that compute declare what they read.
  select: { id: true },
  id: { field: "id", description: "Globalt id." },
  fields: (t) => ({
    version: t.exposeInt("version", { description: VERSION_DESCRIPTION }),
    name: t.exposeString("name"),
    shortName: t.exposeString("shortName", { nullable: true }),
    kind: t.expose("kind", { type: OrganisationKindEnum }),
    organisationNumber: t.exposeString("organisationNumber", { nullable: true }),
    municipality: t.exposeString("municipality", { nullable: true }),
    description: t.exposeString("description", { nullable: true }),
    website: t.exposeString("website", { nullable: true }),
    email: t.exposeString("email", { nullable: true }),
    phone: t.exposeString("phone", { nullable: true }),
    address: t.exposeString("address", { nullable: true }),
    parent: t.relation("parent", { nullable: true, description: "Överordnad organisation (a district belongs to the city)." }),
    children: t.relation("children", { description: "Underordnade organisationer.", query: { orderBy: { name: "asc" } } }),
    partnerRoles: t.relation("partnerRoles", {
      description: "Roller i projekt (IATI participating-org): in the projects the viewer may read.",
      query: (_args, ctx) => ({ where: ownProjectsWhere(ctx) }),
    }),
    grantsAsFunder: t.relatedConnection("grantsAsFunder", {
      cursor: "id",
      totalCount: true,
      description: "Bidrag där organisationen är finansiär (360Giving: fundingOrganization).",
    }),
    grantsAsApplicant: t.relatedConnection("grantsAsApplicant", {
      cursor: "id",
      totalCount: true,
      description: "Bidrag där organisationen är sökande.",
    }),
    grantsAsRecipient: t.relatedConnection("grantsAsRecipient", {
      cursor: "id",
      totalCount: true,
      description: "Bidrag där organisationen är mottagare (360Giving: recipientOrganization).",
    }),
    contributions: t.relation("contributions", {
      description: "Medfinansiering organisationen bidragit med, to the projects the viewer may read.",
      query: (_args, ctx) => ({ where: ownProjectsWhere(ctx), orderBy: [{ year: "asc" }] }),
    }),
    agreementsAsPrincipal: t.relation("agreementsAsPrincipal", {
      description: "Avtal där organisationen är uppdragsgivare.",
      query: (_args, ctx) => ({ where: readersOfAllWhere(ctx) }),
    }),
    agreementsAsCounterpart: t.relation("agreementsAsCounterpart", {
      description: "Avtal där organisationen är motpart.",
      query: (_args, ctx) => ({ where: readersOfAllWhere(ctx) }),
    }),
    ...timestamps(t),
  }),
});

defineListQuery(
  "organisations",
  {
    model: "Organisation",
    visibleTo: () => ({}),
    foldedText: ["searchText"],
    enums: { kind: { column: "kind", enumRef: OrganisationKindEnum, enumName: "OrganisationKind", description: "Organisationstyp." } },
    ids: { parent: { column: "parentId", nodeType: "Organisation", description: "Överordnad organisation." } },
    strings: {
      municipality: { column: "municipality", description: "Kommun (exact, case-insensitive)." },
      organisationNumber: { column: "organisationNumber", description: "Organisationsnummer." },
    },
    order: {
      NAME: { column: "name", description: "Namn." },
      KIND: { column: "kind", description: "Organisationstyp." },
      MUNICIPALITY: { column: "municipality", description: "Kommun." },
      CREATED_AT: { column: "createdAt", description: "Skapad." },
    },
    defaultOrder: [{ name: "asc" }],
  },
  "Organisationer (parter): authorities, municipalities, districts, committees, police, regions and NGOs.",
);
