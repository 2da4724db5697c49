import { answerSchema, badValue, evaluationSchema, missing } from "@bk/domain";
import type { z } from "zod";
import { recordChange } from "../audit/change-log";
import { assertMay, auditedCreate, auditedUpdate, inTransaction, missingFor, type UseCaseContext } from "../audit/use-case";
import { bumpVersion } from "../audit/versions";
import { parseInput, storedDate } from "../shared/parse-input";

/** Evaluations and follow-ups with their questions: validated, one transaction, versioned and audited. */

type EvaluationInput = z.input<typeof evaluationSchema>;
const DATES = ["date", "replyDueDate", "dueDate", "receivedDate"] as const;

/** Checks an evaluation with the domain's schema; returns what to store and the questions to ask. */
function evaluationData(input: EvaluationInput) {
  const { questionIds, ...v } = parseInput(evaluationSchema, input);
  return {
    questionIds: questionIds ?? [],
    data: {
      ...v,
      projectId: v.projectId ?? null,
      agreementId: v.agreementId ?? null,
      ...Object.fromEntries(DATES.map((k) => [k, storedDate(v[k])])),
    },
  };
}

/** A new evaluation, follow-up (with its questions, in the order given) or planned evaluation. */
export async function addEvaluation(ctx: UseCaseContext, { input }: { input: EvaluationInput }) {
  assertMay(ctx, "write:evaluations");
  const { data, questionIds } = evaluationData(input);
  return inTransaction(ctx, async (tx) => {
    const found = await tx.questionTemplate.count({ where: { id: { in: questionIds } } });
    if (found !== new Set(questionIds).size) throw badValue("questionIds", "question.missing");
    return auditedCreate(tx, ctx, { entityType: "Evaluation", subject: { projectId: data.projectId } }, () =>
      tx.evaluation.create({
        data: { ...data, answers: { create: questionIds.map((questionId, n) => ({ questionId, position: n + 1 })) } },
      }),
    );
  });
}

/** Changes an evaluation (not its questions). */
export async function updateEvaluation(
  ctx: UseCaseContext,
  { id, input, expectedVersion }: { id: string; input: EvaluationInput; expectedVersion?: number | null },
) {
  assertMay(ctx, "write:evaluations");
  const { data } = evaluationData(input);
  return inTransaction(ctx, async (tx) => {
    const before = await tx.evaluation.findUnique({ where: { id } });
    if (!before) throw missingFor(ctx, "write:evaluations", "evaluation.missing");
    // The trail of the project it belonged to, and of the one it belongs to now.
    const subject = { projectId: data.projectId ?? before.projectId };
    return auditedUpdate(tx, ctx, { entityType: "Evaluation", subject, model: "evaluation", id, expectedVersion, before }, () =>
      tx.evaluation.update({ where: { id }, data }),
    );
  });
}

export type AnswerChange = { evaluationId: string; input: z.input<typeof answerSchema>; expectedVersion?: number | null };

/** Saves the answer to one question of a follow-up (and when the reply came in); raises the follow-up's version. */
export async function answerQuestion(ctx: UseCaseContext, { evaluationId, input, expectedVersion }: AnswerChange) {
  assertMay(ctx, "write:evaluations");
  const v = parseInput(answerSchema, input, "");
  return inTransaction(ctx, async (tx) => {
    const evaluation = await tx.evaluation.findUnique({ where: { id: evaluationId } });
    if (!evaluation) throw missingFor(ctx, "write:evaluations", "evaluation.missing", "evaluationId");
    const before = await tx.evaluationAnswer.findFirst({ where: { evaluationId, position: v.position } });
    if (!before) throw missing("position", "question.notInFollowUp", { position: v.position });
    const version = await bumpVersion(tx, "evaluation", evaluationId, expectedVersion);
    const common = { subject: { projectId: evaluation.projectId }, actor: ctx.actor, version, action: "answered" };
    const after = await tx.evaluationAnswer.update({ where: { id: before.id }, data: { answer: v.answer } });
    await recordChange(tx, { ...common, entityType: "EvaluationAnswer", entityId: before.id, before, after });
    if (v.receivedDate) {
      const received = await tx.evaluation.update({ where: { id: evaluationId }, data: { receivedDate: storedDate(v.receivedDate) } });
      await recordChange(tx, {
        ...common,
        action: "updated",
        entityType: "Evaluation",
        entityId: evaluationId,
        before: evaluation,
        after: received,
      });
    }
  });
}
