import { ownProjectsWhere } from "../../auth/visibility";
import { builder } from "../../builder";
import { VERSION_DESCRIPTION } from "../audit/expected-version";
import { sourcePassage, timestamps } from "../shared/common-fields";
import { DatePrecisionEnum, PartnerRoleKindEnum, ProjectPhaseEnum } from "../shared/enums";
import { defineListQuery, type ListSpec } from "../shared/list-query";

export const ProjectRef = builder.prismaNode("Project", {
  // Select mode: each field loads only its own columns (not the long description and search text of every
  // organisation or project nested in a list); fields that compute declare what they read.
  select: { id: true },
  authScopes: (p) => ({ project: p.id }),
  // An object of another project answers FORBIDDEN as a whole (whatever fields are asked, __typename too).
  runScopesOnType: true,
  id: { field: "id", description: "Globalt id." },
  fields: (t) => ({
    name: t.exposeString("name"),
    description: t.exposeString("description", { nullable: true }),
    targetGroup: t.exposeString("targetGroup", { nullable: true }),
    owner: t.relation("owner", { nullable: true, description: "Huvudman (IATI participating-org@role=accountable)." }),
    operator: t.relation("operator", { nullable: true, description: "Utförare (IATI participating-org@role=implementing)." }),
    lead: t.exposeString("lead", { nullable: true }),
    phase: t.expose("phase", { type: ProjectPhaseEnum }),
    startDate: t.expose("startDate", { type: "Date", nullable: true }),
    startPrecision: t.expose("startPrecision", { type: DatePrecisionEnum, description: "Precision of startDate." }),
    endDate: t.expose("endDate", { type: "Date", nullable: true }),
    endPrecision: t.expose("endPrecision", { type: DatePrecisionEnum, description: "Precision of endDate." }),
    municipality: t.exposeString("municipality", { nullable: true }),
    goals: t.relation("goals", { description: "Projektmål.", query: { orderBy: { position: "asc" } } }),
    phases: t.relation("phases", { description: "Faser över åren.", query: { orderBy: { fromYear: "asc" } } }),
    partnerRoles: t.relation("partnerRoles", {
      description: "Samverkansparter och deras roller.",
      query: { orderBy: [{ role: "asc" }, { fromYear: "asc" }] },
    }),
    grants: t.relatedConnection("grants", { cursor: "id", totalCount: true, description: "Bidrag till projektet." }),
    contributions: t.relation("contributions", { description: "Medfinansiering per part och år.", query: { orderBy: [{ year: "asc" }] } }),
    budgetYears: t.relation("budgetYears", { description: "Budgetbehov per år.", query: { orderBy: { year: "asc" } } }),
    evaluations: t.relation("evaluations", { description: "Utvärderingar och uppföljningar." }),
    observations: t.relation("observations", { description: "Statistik för projektet." }),
    activities: t.relation("activities", { description: "Aktiviteter, möten och datum.", query: { orderBy: [{ date: "asc" }] } }),
    ...sourcePassage(t),
    ...timestamps(t),
  }),
});

builder.prismaObject("ProjectGoal", {
  authScopes: (g) => ({ project: g.projectId }),
  // An object of another project answers FORBIDDEN as a whole (whatever fields are asked, __typename too).
  runScopesOnType: true,
  description: "Projektmål.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Databas-id." }),
    text: t.exposeString("text", { description: "Målet i text." }),
    longTerm: t.exposeBoolean("longTerm", { description: "Långsiktigt mål (else a deliverable of the project period)." }),
    position: t.exposeInt("position", { description: "Ordning." }),
    ...timestamps(t),
  }),
});

builder.prismaObject("ProjectPhasePeriod", {
  authScopes: (ph) => ({ project: ph.projectId }),
  // An object of another project answers FORBIDDEN as a whole (whatever fields are asked, __typename too).
  runScopesOnType: true,
  fields: (t) => ({
    id: t.exposeID("id", { description: "Databas-id." }),
    phase: t.expose("phase", { type: ProjectPhaseEnum, description: "Fas." }),
    fromYear: t.exposeInt("fromYear"),
    toYear: t.exposeInt("toYear", { nullable: true }),
    note: t.exposeString("note", { nullable: true, description: "Anmärkning." }),
    ...timestamps(t),
  }),
});

builder.prismaObject("ProjectBudgetYear", {
  authScopes: (b) => ({ project: b.projectId }),
  // An object of another project answers FORBIDDEN as a whole (whatever fields are asked, __typename too).
  runScopesOnType: true,
  fields: (t) => ({
    version: t.exposeInt("version", { description: VERSION_DESCRIPTION }),
    id: t.exposeID("id", { description: "Databas-id." }),
    year: t.exposeInt("year", { description: "År." }),
    amount: t.expose("amount", { type: "Money" }),
    ownFunding: t.expose("ownFunding", { type: "Money", nullable: true }),
    note: t.exposeString("note", { nullable: true, description: "Anmärkning." }),
    ...timestamps(t),
  }),
});

builder.prismaNode("PartnerRole", {
  authScopes: (r) => ({ project: r.projectId }),
  // An object of another project answers FORBIDDEN as a whole (whatever fields are asked, __typename too).
  runScopesOnType: true,
  id: { field: "id", description: "Globalt id." },
  fields: (t) => ({
    version: t.exposeInt("version", { description: VERSION_DESCRIPTION }),
    project: t.relation("project", { description: "Projektet." }),
    organisation: t.relation("organisation", { description: "Parten." }),
    role: t.expose("role", { type: PartnerRoleKindEnum }),
    fromYear: t.exposeInt("fromYear", { nullable: true }),
    toYear: t.exposeInt("toYear", { nullable: true }),
    note: t.exposeString("note", { nullable: true }),
    ...sourcePassage(t),
    ...timestamps(t),
  }),
});

defineListQuery(
  "projects",
  {
    model: "Project",
    visibleTo: (ctx) => ownProjectsWhere(ctx, "id"),
    foldedText: ["searchText", "owner.searchText", "operator.searchText"],
    enums: { phase: { column: "phase", enumRef: ProjectPhaseEnum, enumName: "ProjectPhase", description: "Nuvarande fas." } },
    ids: {
      owner: { column: "ownerId", nodeType: "Organisation", description: "Huvudman." },
      operator: { column: "operatorId", nodeType: "Organisation", description: "Utförare." },
    },
    strings: { municipality: { column: "municipality", description: "Kommun." } },
    dates: { startDate: { column: "startDate", description: "Startdatum." }, endDate: { column: "endDate", description: "Slutdatum." } },
    order: {
      NAME: { column: "name", description: "Namn." },
      START_DATE: { column: "startDate", description: "Startdatum." },
      PHASE: { column: "phase", description: "Fas." },
    },
    defaultOrder: [{ name: "asc" }],
  },
  "Projekt och verksamheter.",
);

export const partnerRoleListSpec: ListSpec = {
  model: "PartnerRole",
  visibleTo: (ctx) => ownProjectsWhere(ctx),
  enums: { role: { column: "role", enumRef: PartnerRoleKindEnum, enumName: "PartnerRoleKind", description: "Roll." } },
  ids: {
    project: { column: "projectId", nodeType: "Project", description: "Projekt." },
    organisation: { column: "organisationId", nodeType: "Organisation", description: "Part." },
  },
  ints: { fromYear: { column: "fromYear", description: "Från år." } },
  order: { FROM_YEAR: { column: "fromYear", description: "Från år." }, ROLE: { column: "role", description: "Roll." } },
  defaultOrder: [{ fromYear: "asc" }],
};

export const { WhereInput: PartnerRoleWhereInput } = defineListQuery(
  "partnerRoles",
  partnerRoleListSpec,
  "Samverkansparter: organisations' roles in projects (IATI participating-org).",
);
