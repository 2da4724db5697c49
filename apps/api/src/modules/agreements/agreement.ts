import { readersOfAllWhere } from "../../auth/visibility";
import { builder } from "../../builder";
import { VERSION_DESCRIPTION } from "../audit/expected-version";
import { sourcePassage, timestamps } from "../shared/common-fields";
import { defineListQuery } from "../shared/list-query";

builder.prismaNode("Agreement", {
  authScopes: { permission: "read:all" },
  // An object of another project answers FORBIDDEN as a whole (whatever fields are asked, __typename too).
  runScopesOnType: true,
  id: { field: "id", description: "Globalt id." },
  fields: (t) => ({
    version: t.exposeInt("version", { description: VERSION_DESCRIPTION }),
    title: t.exposeString("title", { description: "Rubrik." }),
    principal: t.relation("principal", { description: "Uppdragsgivare (the committee)." }),
    counterparty: t.relation("counterparty", { description: "Motpart." }),
    purpose: t.exposeString("purpose", { nullable: true }),
    startDate: t.expose("startDate", { type: "Date", nullable: true, description: "Gäller från." }),
    endDate: t.expose("endDate", { type: "Date", nullable: true, description: "Gäller till." }),
    followUpClause: t.exposeString("followUpClause", { nullable: true }),
    followUpIntervalYears: t.exposeInt("followUpIntervalYears", { nullable: true }),
    evaluations: t.relation("evaluations", { description: "Uppföljningar av avtalet." }),
    ...sourcePassage(t),
    ...timestamps(t),
  }),
});

defineListQuery(
  "agreements",
  {
    model: "Agreement",
    visibleTo: readersOfAllWhere,
    text: ["title", "purpose", "principal.name", "counterparty.name"],
    ids: {
      principal: { column: "principalId", nodeType: "Organisation", description: "Uppdragsgivare." },
      counterparty: { column: "counterpartyId", nodeType: "Organisation", description: "Motpart." },
    },
    order: { TITLE: { column: "title", description: "Rubrik." } },
    defaultOrder: [{ title: "asc" }],
  },
  "Avtal och överenskommelser med uppföljningsklausuler.",
);
