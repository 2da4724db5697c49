import { ownProjectsWhere } from "../../auth/visibility";
import { builder } from "../../builder";
import { VERSION_DESCRIPTION } from "../audit/expected-version";
import { sourcePassage, timestamps } from "../shared/common-fields";
import { ContributionKindEnum, ContributionStatusEnum } from "../shared/enums";
import { defineListQuery, type ListSpec } from "../shared/list-query";

builder.prismaNode("Contribution", {
  authScopes: (c) => ({ project: c.projectId }),
  // An object of another project answers FORBIDDEN as a whole (whatever fields are asked, __typename too).
  runScopesOnType: true,
  id: { field: "id", description: "Globalt id." },
  fields: (t) => ({
    version: t.exposeInt("version", { description: VERSION_DESCRIPTION }),
    project: t.relation("project", { description: "Projektet." }),
    organisation: t.relation("organisation", { description: "Medfinansiären." }),
    year: t.exposeInt("year", { description: "År." }),
    kind: t.expose("kind", { type: ContributionKindEnum, description: "Kontant eller i natura." }),
    amount: t.expose("amount", { type: "Money", nullable: true }),
    description: t.exposeString("description", { nullable: true }),
    status: t.expose("status", { type: ContributionStatusEnum, description: "Utlovad, beslutad eller erhållen." }),
    ...sourcePassage(t),
    ...timestamps(t),
  }),
});

export const contributionListSpec: ListSpec = {
  model: "Contribution",
  visibleTo: (ctx) => ownProjectsWhere(ctx),
  text: ["description", "organisation.name", "project.name"],
  enums: {
    kind: { column: "kind", enumRef: ContributionKindEnum, enumName: "ContributionKind", description: "Slag." },
    status: { column: "status", enumRef: ContributionStatusEnum, enumName: "ContributionStatus", description: "Status." },
  },
  ids: {
    project: { column: "projectId", nodeType: "Project", description: "Projekt." },
    organisation: { column: "organisationId", nodeType: "Organisation", description: "Medfinansiär." },
  },
  ints: { year: { column: "year", description: "År." } },
  money: { amount: { column: "amount", description: "Belopp." } },
  order: {
    YEAR: { column: "year", description: "År." },
    AMOUNT: { column: "amount", description: "Belopp." },
    ORGANISATION: { column: "organisation.name", description: "Medfinansiärens namn." },
  },
  defaultOrder: [{ year: "asc" }],
};

export const { WhereInput: ContributionWhereInput } = defineListQuery(
  "contributions",
  contributionListSpec,
  "Medfinansiering: partners' cash and in-kind support per project and year.",
);
