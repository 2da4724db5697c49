import { builder } from "../../builder";
import { sourcePassage, timestamps } from "../shared/common-fields";
import { AllocationLevelEnum } from "../shared/enums";
import { defineListQuery } from "../shared/list-query";

builder.prismaNode("Programme", {
  id: { field: "id", description: "Globalt id." },
  fields: (t) => ({
    name: t.exposeString("name"),
    description: t.exposeString("description", { nullable: true }),
    funder: t.relation("funder", { nullable: true, description: "Finansiär (360Giving: fundingOrganization)." }),
    administrator: t.relation("administrator", { nullable: true, description: "Fördelare: who distributes the money." }),
    startYear: t.exposeInt("startYear", { nullable: true }),
    endYear: t.exposeInt("endYear", { nullable: true }),
    allocations: t.relation("allocations", {
      description: "Anslag per år och nivå (IATI budget).",
      query: { orderBy: [{ year: "asc" }, { level: "asc" }] },
    }),
    grants: t.relatedConnection("grants", { cursor: "id", totalCount: true, description: "Bidrag inom programmet." }),
    ...sourcePassage(t),
    ...timestamps(t),
  }),
});

builder.prismaObject("ProgrammeAllocation", {
  fields: (t) => ({
    id: t.exposeID("id", { description: "Databas-id." }),
    year: t.exposeInt("year", { description: "År." }),
    level: t.expose("level", { type: AllocationLevelEnum }),
    organisation: t.relation("organisation", {
      nullable: true,
      description: "The body the allocation is made to (e.g. the county board).",
    }),
    amount: t.expose("amount", { type: "Money" }),
    approximate: t.exposeBoolean("approximate"),
    note: t.exposeString("note", { nullable: true }),
    ...sourcePassage(t),
    ...timestamps(t),
  }),
});

defineListQuery(
  "programmes",
  {
    model: "Programme",
    visibleTo: () => ({}),
    text: ["name", "description"],
    ids: {
      funder: { column: "funderId", nodeType: "Organisation", description: "Finansiär." },
      administrator: { column: "administratorId", nodeType: "Organisation", description: "Fördelare." },
    },
    ints: { startYear: { column: "startYear", description: "Första år." }, endYear: { column: "endYear", description: "Sista år." } },
    order: { NAME: { column: "name", description: "Namn." }, START_YEAR: { column: "startYear", description: "Första år." } },
    defaultOrder: [{ startYear: "asc" }, { name: "asc" }],
  },
  "Bidragsprogram (satsningar): funding schemes with their allocations.",
);
