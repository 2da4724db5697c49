import { dayOf, nextFollowUpDue } from "@bk/domain";
import { builder } from "../../builder";
import { expectedVersionArg } from "../audit/expected-version";
import { EvaluationKindEnum } from "../shared/enums";
import { decodeId } from "../shared/list-query";
import { addEvaluation, answerQuestion, updateEvaluation } from "./evaluation.service";

builder.prismaObjectField("Agreement", "nextFollowUpDue", (t) =>
  t.field({
    type: "Date",
    nullable: true,
    description: "Nästa uppföljning: the last follow-up's reply date (or the agreement's start) plus the follow-up interval.",
    select: {
      followUpIntervalYears: true,
      startDate: true,
      evaluations: { where: { kind: "FOLLOW_UP" }, select: { replyDueDate: true, date: true } },
    },
    resolve: (a) => {
      const dates = a.evaluations
        .map((e) => e.replyDueDate ?? e.date)
        .map(dayOf)
        .filter((d) => d !== null)
        .sort();
      return nextFollowUpDue(a.followUpIntervalYears, dates.at(-1) ?? null, dayOf(a.startDate));
    },
  }),
);

const EvaluationInput = builder.inputType("EvaluationInput", {
  description: "En utvärdering eller uppföljning.",
  fields: (t) => ({
    kind: t.field({ type: EvaluationKindEnum, required: true, description: "Typ." }),
    title: t.string({ required: true, description: "Rubrik." }),
    projectId: t.id({ required: false, description: "Projektet." }),
    agreementId: t.id({ required: false, description: "Avtalet som följs upp." }),
    evaluatorName: t.string({ required: false, description: "Utvärderare." }),
    date: t.field({ type: "Date", required: false, description: "Datum." }),
    verdict: t.string({ required: false, description: "Omdöme." }),
    summary: t.string({ required: false, description: "Sammanfattning." }),
    replyDueDate: t.field({ type: "Date", required: false, description: "Svar senast (follow-ups)." }),
    dueDate: t.field({ type: "Date", required: false, description: "Planerad till." }),
    receivedDate: t.field({ type: "Date", required: false, description: "Svar inkom (follow-ups)." }),
    documentUrl: t.string({ required: false, description: "Länk till rapporten." }),
    questionIds: t.idList({ required: false, description: "Frågemallar to ask (follow-ups): reuse the questions of earlier follow-ups." }),
  }),
});

/** The evaluation as the domain takes it: Relay ids decoded, dates as ISO days. */
function evaluationInput(i: typeof EvaluationInput.$inferInput) {
  return {
    ...i,
    projectId: i.projectId ? decodeId(String(i.projectId), "Project", "input.projectId") : null,
    agreementId: i.agreementId ? decodeId(String(i.agreementId), "Agreement", "input.agreementId") : null,
    questionIds: (i.questionIds ?? []).map((q, n) => decodeId(String(q), "QuestionTemplate", `input.questionIds.${n}`)),
  };
}

builder.mutationFields((t) => ({
  updateEvaluation: t.prismaField({
    authScopes: { permission: "write:evaluations" },
    type: "Evaluation",
    description: "Ändra en utvärdering eller uppföljning (not its questions).",
    args: {
      id: t.arg.id({ required: true, description: "Utvärderingens id." }),
      input: t.arg({ type: EvaluationInput, required: true, description: "Utvärderingen." }),
      expectedVersion: expectedVersionArg(t, "the evaluation"),
    },
    resolve: async (query, _root, args, ctx) => {
      const id = decodeId(String(args.id), "Evaluation", "id");
      await updateEvaluation(ctx, { id, input: evaluationInput(args.input), expectedVersion: args.expectedVersion });
      return ctx.prisma.evaluation.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  addEvaluation: t.prismaField({
    authScopes: { permission: "write:evaluations" },
    type: "Evaluation",
    description: "Ny utvärdering, uppföljning (with its questions) or planned evaluation.",
    args: { input: t.arg({ type: EvaluationInput, required: true, description: "Utvärderingen." }) },
    resolve: async (query, _root, args, ctx) => {
      const e = await addEvaluation(ctx, { input: evaluationInput(args.input) });
      return ctx.prisma.evaluation.findUniqueOrThrow({ ...query, where: { id: e.id } });
    },
  }),
  answerQuestion: t.prismaField({
    authScopes: { permission: "write:evaluations" },
    type: "Evaluation",
    description: "Spara svaret på en fråga i en uppföljning (and when the reply came in).",
    args: {
      evaluationId: t.arg.id({ required: true, description: "Uppföljningen." }),
      position: t.arg.int({ required: true, description: "Frågans nummer." }),
      answer: t.arg.string({ required: true, description: "Svaret (empty to clear)." }),
      receivedDate: t.arg({ type: "Date", required: false, description: "Svar inkom." }),
      expectedVersion: expectedVersionArg(t, "the follow-up"),
    },
    resolve: async (query, _root, args, ctx) => {
      const evaluationId = decodeId(String(args.evaluationId), "Evaluation", "evaluationId");
      const { evaluationId: _id, expectedVersion, ...answer } = args;
      await answerQuestion(ctx, { evaluationId, input: answer, expectedVersion });
      return ctx.prisma.evaluation.findUniqueOrThrow({ ...query, where: { id: evaluationId } });
    },
  }),
}));
