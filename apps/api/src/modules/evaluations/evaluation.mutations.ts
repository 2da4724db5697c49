import { answerSchema, evaluationSchema, formatIsoDate, nextFollowUpDue } from "@bk/domain";
import { builder } from "../../builder";
import { AppError, badInput } from "../../errors";
import { iso } from "../grants/grant.inputs";
import { EvaluationKindEnum } from "../shared/enums";
import { decodeId } from "../shared/list-query";
import { parseInput, storedDate } from "../shared/parse-input";

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
        .filter((d): d is Date => !!d)
        .map(formatIsoDate)
        .sort();
      const due = nextFollowUpDue(a.followUpIntervalYears, dates.at(-1) ?? null, a.startDate ? formatIsoDate(a.startDate) : null);
      return due ? new Date(`${due}T00:00:00Z`) : null;
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

type EvaluationArgs = {
  kind: string;
  title: string;
  projectId?: string | number | null;
  agreementId?: string | number | null;
  evaluatorName?: string | null;
  date?: Date | null;
  verdict?: string | null;
  summary?: string | null;
  replyDueDate?: Date | null;
  receivedDate?: Date | null;
  dueDate?: Date | null;
  documentUrl?: string | null;
  questionIds?: (string | number)[] | null;
};

const DATES = ["date", "replyDueDate", "dueDate", "receivedDate"] as const;

/** Checks an evaluation with the domain's schema and returns what to store (shared by add and update). */
function evaluationData(i: EvaluationArgs) {
  const v = parseInput(evaluationSchema, {
    ...i,
    projectId: i.projectId ? decodeId(String(i.projectId), "Project", "input.projectId") : null,
    agreementId: i.agreementId ? decodeId(String(i.agreementId), "Agreement", "input.agreementId") : null,
    questionIds: (i.questionIds ?? []).map((q, n) => decodeId(String(q), "QuestionTemplate", `input.questionIds.${n}`)),
    ...Object.fromEntries(DATES.map((k) => [k, iso(i[k])])),
  });
  const { questionIds, ...data } = v;
  return {
    questionIds: questionIds ?? [],
    data: {
      ...data,
      projectId: data.projectId ?? null,
      agreementId: data.agreementId ?? null,
      ...Object.fromEntries(DATES.map((k) => [k, storedDate(v[k])])),
    },
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
    },
    resolve: async (query, _root, args, ctx) => {
      const id = decodeId(String(args.id), "Evaluation", "id");
      if (!(await ctx.prisma.evaluation.findUnique({ where: { id }, select: { id: true } })))
        throw new AppError("NOT_FOUND", "Utvärderingen finns inte", { field: "id" });
      await ctx.prisma.evaluation.update({ where: { id }, data: evaluationData(args.input).data });
      return ctx.prisma.evaluation.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  addEvaluation: t.prismaField({
    authScopes: { permission: "write:evaluations" },
    type: "Evaluation",
    description: "Ny utvärdering, uppföljning (with its questions) or planned evaluation.",
    args: { input: t.arg({ type: EvaluationInput, required: true, description: "Utvärderingen." }) },
    resolve: async (query, _root, args, ctx) => {
      const { data, questionIds } = evaluationData(args.input);
      const found = await ctx.prisma.questionTemplate.count({ where: { id: { in: questionIds } } });
      if (found !== new Set(questionIds).size) throw badInput("input.questionIds", "input.questionIds: någon fråga finns inte");
      const e = await ctx.prisma.evaluation.create({
        data: {
          ...data,
          answers: { create: questionIds.map((questionId, n) => ({ questionId, position: n + 1 })) },
        },
      });
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
    },
    resolve: async (query, _root, args, ctx) => {
      const evaluationId = decodeId(String(args.evaluationId), "Evaluation", "evaluationId");
      const v = parseInput(answerSchema, { ...args, receivedDate: iso(args.receivedDate) }, "");
      const res = await ctx.prisma.evaluationAnswer.updateMany({
        where: { evaluationId, position: v.position },
        data: { answer: v.answer },
      });
      if (!res.count) throw new AppError("NOT_FOUND", `Fråga ${v.position} finns inte i uppföljningen`, { field: "position" });
      if (v.receivedDate)
        await ctx.prisma.evaluation.update({ where: { id: evaluationId }, data: { receivedDate: storedDate(v.receivedDate) } });
      return ctx.prisma.evaluation.findUniqueOrThrow({ ...query, where: { id: evaluationId } });
    },
  }),
}));
