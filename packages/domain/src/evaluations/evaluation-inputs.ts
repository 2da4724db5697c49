import { z } from "zod";
import { optionalIsoDate } from "../dates/date-schemas";
import { EvaluationKind } from "../generated/prisma/enums";
import { because } from "../rules/zod-violations";
import { optionalHttpUrl, optionalLine, optionalLong, requiredLine } from "../text/text-schemas";

/** An evaluation report, a follow-up of an agreement or a planned evaluation. */
export const evaluationSchema = z
  .object({
    kind: z.enum(EvaluationKind, because("evaluation.kindRequired")),
    title: requiredLine(300, "title.length", 2),
    projectId: z.string().nullish(),
    agreementId: z.string().nullish(),
    evaluatorName: optionalLine(200),
    date: optionalIsoDate,
    verdict: optionalLong(2000),
    summary: optionalLong(20_000),
    replyDueDate: optionalIsoDate,
    dueDate: optionalIsoDate,
    receivedDate: optionalIsoDate,
    documentUrl: optionalHttpUrl,
    questionIds: z.array(z.string()).max(100, because("evaluation.tooManyQuestions")).nullish(),
  })
  .superRefine((v, ctx) => {
    if (!v.projectId && !v.agreementId) ctx.addIssue({ code: "custom", path: ["projectId"], ...because("evaluation.subjectRequired") });
    if (v.kind === "PLANNED" && !v.dueDate) ctx.addIssue({ code: "custom", path: ["dueDate"], ...because("evaluation.plannedNeedsDate") });
  });
export type EvaluationInput = z.input<typeof evaluationSchema>;

/** An answer to one question of a follow-up; empty clears it. */
export const answerSchema = z.object({
  position: z.number().int().min(1, because("evaluation.positionRequired")),
  answer: optionalLong(10_000),
  receivedDate: optionalIsoDate,
});
