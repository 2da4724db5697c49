import { ownProjectsWhere } from "../../auth/visibility";
import { builder } from "../../builder";
import { VERSION_DESCRIPTION } from "../audit/expected-version";
import { sourcePassage, timestamps } from "../shared/common-fields";
import { EvaluationKindEnum } from "../shared/enums";
import { defineListQuery } from "../shared/list-query";

builder.prismaNode("Evaluation", {
  authScopes: (e) => ({ project: e.projectId }),
  // An object of another project answers FORBIDDEN as a whole (whatever fields are asked, __typename too).
  runScopesOnType: true,
  id: { field: "id", description: "Globalt id." },
  fields: (t) => ({
    version: t.exposeInt("version", { description: VERSION_DESCRIPTION }),
    kind: t.expose("kind", { type: EvaluationKindEnum, description: "Typ." }),
    title: t.exposeString("title", { description: "Rubrik." }),
    project: t.relation("project", { nullable: true, description: "Projektet som utvärderas." }),
    agreement: t.relation("agreement", { nullable: true, description: "Avtalet som följs upp." }),
    evaluatorOrganisation: t.relation("evaluatorOrganisation", { nullable: true, description: "Utvärderare (organisation)." }),
    evaluatorName: t.exposeString("evaluatorName", { nullable: true }),
    date: t.expose("date", { type: "Date", nullable: true }),
    periodStart: t.expose("periodStart", { type: "Date", nullable: true }),
    periodEnd: t.expose("periodEnd", { type: "Date", nullable: true }),
    verdict: t.exposeString("verdict", { nullable: true }),
    summary: t.exposeString("summary", { nullable: true }),
    replyDueDate: t.expose("replyDueDate", { type: "Date", nullable: true }),
    receivedDate: t.expose("receivedDate", { type: "Date", nullable: true }),
    dueDate: t.expose("dueDate", { type: "Date", nullable: true }),
    contacts: t.exposeString("contacts", { nullable: true }),
    documentUrl: t.exposeString("documentUrl", { nullable: true }),
    answers: t.relation("answers", { description: "Frågor och svar.", query: { orderBy: { position: "asc" } } }),
    ...sourcePassage(t),
    ...timestamps(t),
  }),
});

builder.prismaNode("QuestionTemplate", {
  id: { field: "id", description: "Globalt id." },
  fields: (t) => ({
    text: t.exposeString("text", { description: "Frågan." }),
    answers: t.relation("answers", {
      description: "Svar på frågan i olika uppföljningar (those the viewer may read).",
      query: (_args, ctx) => ({ where: ownProjectsWhere(ctx, "evaluation.projectId") }),
    }),
    ...timestamps(t),
  }),
});

builder.prismaObject("EvaluationAnswer", {
  authScopes: (a) => ({ evaluation: a.evaluationId }),
  // An object of another project answers FORBIDDEN as a whole (whatever fields are asked, __typename too).
  runScopesOnType: true,
  fields: (t) => ({
    id: t.exposeID("id", { description: "Databas-id." }),
    evaluation: t.relation("evaluation", { description: "Uppföljningen." }),
    question: t.relation("question", { description: "Frågan." }),
    position: t.exposeInt("position"),
    answer: t.exposeString("answer", { nullable: true }),
    ...sourcePassage(t),
    ...timestamps(t),
  }),
});

defineListQuery(
  "evaluations",
  {
    model: "Evaluation",
    visibleTo: (ctx) => ownProjectsWhere(ctx),
    text: ["title", "summary", "verdict", "evaluatorName", "project.name"],
    enums: { kind: { column: "kind", enumRef: EvaluationKindEnum, enumName: "EvaluationKind", description: "Typ." } },
    ids: {
      project: { column: "projectId", nodeType: "Project", description: "Projekt." },
      agreement: { column: "agreementId", nodeType: "Agreement", description: "Avtal." },
      evaluator: { column: "evaluatorOrganisationId", nodeType: "Organisation", description: "Utvärderare." },
    },
    dates: {
      date: { column: "date", description: "Datum." },
      dueDate: { column: "dueDate", description: "Planerad till." },
      replyDueDate: { column: "replyDueDate", description: "Svar senast." },
    },
    order: {
      TITLE: { column: "title", description: "Rubrik." },
      DATE: { column: "date", description: "Datum." },
      DUE_DATE: { column: "dueDate", description: "Planerad till." },
    },
    defaultOrder: [{ title: "asc" }],
  },
  "Utvärderingar och uppföljningar.",
);
