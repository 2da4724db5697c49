import { ownProjectsWhere } from "../../auth/visibility";
import { builder } from "../../builder";
import { sourcePassage, timestamps } from "../shared/common-fields";
import { DatePrecisionEnum } from "../shared/enums";
import { defineListQuery } from "../shared/list-query";

builder.prismaNode("Activity", {
  authScopes: (a) => ({ project: a.projectId }),
  // An object of another project answers FORBIDDEN as a whole (whatever fields are asked, __typename too).
  runScopesOnType: true,
  id: { field: "id", description: "Globalt id." },
  fields: (t) => ({
    project: t.relation("project", { nullable: true, description: "Projektet." }),
    organisation: t.relation("organisation", { nullable: true, description: "Ansvarig organisation." }),
    title: t.exposeString("title", { description: "Rubrik." }),
    description: t.exposeString("description", { nullable: true, description: "Beskrivning." }),
    date: t.expose("date", { type: "Date", nullable: true, description: "Datum." }),
    datePrecision: t.expose("datePrecision", { type: DatePrecisionEnum, description: "Precision of date." }),
    ...sourcePassage(t),
    ...timestamps(t),
  }),
});

defineListQuery(
  "activities",
  {
    model: "Activity",
    visibleTo: (ctx) => ownProjectsWhere(ctx),
    text: ["title", "description"],
    ids: {
      project: { column: "projectId", nodeType: "Project", description: "Projekt." },
      organisation: { column: "organisationId", nodeType: "Organisation", description: "Organisation." },
    },
    dates: { date: { column: "date", description: "Datum." } },
    order: { DATE: { column: "date", description: "Datum." }, TITLE: { column: "title", description: "Rubrik." } },
    defaultOrder: [{ date: "asc" }],
  },
  "Aktiviteter, möten och datum i projekten.",
);
