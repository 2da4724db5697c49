import { builder } from "../../builder";
import type { Context } from "../../context";
import { decodeId } from "../shared/list-query";
import {
  ConditionInput,
  ConditionResolutionInput,
  DecisionInput,
  DisbursementInput,
  GrantApplicationInput,
  GrantTransitionEnum,
  iso,
  ReportRequirementInput,
} from "./grant.inputs";
import * as service from "./grant.service";

type Query = Record<string, unknown>;
const grantId = (id: string) => decodeId(id, "Grant", "id");
const returnGrant = (ctx: Context, query: Query, id: string) => ctx.prisma.grant.findUniqueOrThrow({ ...query, where: { id } });
const version = {
  type: "Int",
  required: true,
  description: "The grant's version as last read; a newer one is refused with CONFLICT.",
} as const;

type ApplicationArg = {
  funderId: string | number;
  applicantId: string | number;
  recipientId: string | number;
  programmeId?: string | number | null;
  projectId?: string | number | null;
  applicationDeadline?: Date | null;
  [key: string]: unknown;
};

/** Global ids → database ids (naming the field of a wrong one), dates → ISO strings for the schema. */
function applicationInput(input: ApplicationArg) {
  const org = (field: string, v: string | number) => decodeId(String(v), "Organisation", `input.${field}`);
  return {
    ...input,
    funderId: org("funderId", input.funderId),
    applicantId: org("applicantId", input.applicantId),
    recipientId: org("recipientId", input.recipientId),
    programmeId: input.programmeId ? decodeId(String(input.programmeId), "Programme", "input.programmeId") : null,
    projectId: input.projectId ? decodeId(String(input.projectId), "Project", "input.projectId") : null,
    applicationDeadline: iso(input.applicationDeadline),
  } as service.GrantApplicationOptions["input"];
}

const dates = <T extends Record<string, unknown>>(input: T, keys: string[]) =>
  Object.fromEntries(Object.entries(input).map(([k, v]) => [k, keys.includes(k) ? iso(v as Date | null) : v]));

builder.mutationFields((t) => ({
  createGrant: t.prismaField({
    type: "Grant",
    description: "Ny ansökan (utkast). Returns the new grant.",
    args: { input: t.arg({ type: GrantApplicationInput, required: true, description: "Ansökan." }) },
    resolve: async (query, _root, args, ctx) =>
      returnGrant(ctx, query, await service.createGrantApplication(ctx, { input: applicationInput(args.input) })),
  }),
  updateGrant: t.prismaField({
    type: "Grant",
    description: "Ändra en ansökan före beslut.",
    args: {
      id: t.arg.id({ required: true, description: "Bidragets id." }),
      expectedVersion: t.arg(version),
      input: t.arg({ type: GrantApplicationInput, required: true, description: "Ansökan." }),
    },
    resolve: async (query, _root, args, ctx) =>
      returnGrant(
        ctx,
        query,
        await service.updateGrantApplication(ctx, {
          id: grantId(String(args.id)),
          expectedVersion: args.expectedVersion,
          input: applicationInput(args.input),
        }),
      ),
  }),
  submitGrant: t.prismaField({
    type: "Grant",
    description: "Skicka in ett utkast.",
    args: {
      id: t.arg.id({ required: true, description: "Bidragets id." }),
      expectedVersion: t.arg(version),
      submittedDate: t.arg({ type: "Date", required: false, description: "Inlämnad (default today)." }),
    },
    resolve: async (query, _root, args, ctx) =>
      returnGrant(
        ctx,
        query,
        await service.submitGrant(ctx, {
          id: grantId(String(args.id)),
          expectedVersion: args.expectedVersion,
          submittedDate: iso(args.submittedDate),
        }),
      ),
  }),
  decideGrant: t.prismaField({
    type: "Grant",
    description: "Registrera beslut: granted in full, in part or rejected.",
    args: {
      id: t.arg.id({ required: true, description: "Bidragets id." }),
      expectedVersion: t.arg(version),
      input: t.arg({ type: DecisionInput, required: true, description: "Beslutet." }),
    },
    resolve: async (query, _root, args, ctx) =>
      returnGrant(
        ctx,
        query,
        await service.decideGrant(ctx, {
          id: grantId(String(args.id)),
          expectedVersion: args.expectedVersion,
          input: {
            ...args.input,
            decisionDate: iso(args.input.decisionDate) ?? "",
            allowAboveApplied: args.input.allowAboveApplied ?? false,
          },
        }),
      ),
  }),
  transitionGrant: t.prismaField({
    type: "Grant",
    description: "Ta i bruk, markera som redovisat, avsluta eller återta.",
    args: {
      id: t.arg.id({ required: true, description: "Bidragets id." }),
      expectedVersion: t.arg(version),
      to: t.arg({ type: GrantTransitionEnum, required: true, description: "Ny status." }),
    },
    resolve: async (query, _root, args, ctx) =>
      returnGrant(
        ctx,
        query,
        await service.transitionGrant(ctx, { id: grantId(String(args.id)), expectedVersion: args.expectedVersion, to: args.to }),
      ),
  }),
  addCondition: t.prismaField({
    type: "Grant",
    description: "Lägg till ett villkor i beslutet.",
    args: {
      grantId: t.arg.id({ required: true, description: "Bidragets id." }),
      expectedVersion: t.arg(version),
      input: t.arg({ type: ConditionInput, required: true, description: "Villkoret." }),
    },
    resolve: async (query, _root, args, ctx) =>
      returnGrant(
        ctx,
        query,
        await service.addCondition(ctx, {
          grantId: decodeId(String(args.grantId), "Grant", "grantId"),
          expectedVersion: args.expectedVersion,
          input: { ...dates(args.input, ["dueDate"]), text: args.input.text, blocksPayment: args.input.blocksPayment ?? false },
        }),
      ),
  }),
  updateCondition: t.prismaField({
    type: "Grant",
    description: "Ändra ett villkor.",
    args: {
      id: t.arg.id({ required: true, description: "Villkorets id." }),
      expectedVersion: t.arg(version),
      input: t.arg({ type: ConditionInput, required: true, description: "Villkoret." }),
    },
    resolve: async (query, _root, args, ctx) =>
      returnGrant(
        ctx,
        query,
        await service.updateCondition(ctx, {
          id: decodeId(String(args.id), "Condition", "id"),
          expectedVersion: args.expectedVersion,
          input: { ...dates(args.input, ["dueDate"]), text: args.input.text, blocksPayment: args.input.blocksPayment ?? false },
        }),
      ),
  }),
  resolveCondition: t.prismaField({
    type: "Grant",
    description: "Markera ett villkor som uppfyllt eller efterskänkt.",
    args: {
      id: t.arg.id({ required: true, description: "Villkorets id." }),
      expectedVersion: t.arg(version),
      input: t.arg({ type: ConditionResolutionInput, required: true, description: "Bedömningen." }),
    },
    resolve: async (query, _root, args, ctx) =>
      returnGrant(
        ctx,
        query,
        await service.resolveCondition(ctx, {
          id: decodeId(String(args.id), "Condition", "id"),
          expectedVersion: args.expectedVersion,
          input: { ...args.input, resolvedDate: iso(args.input.resolvedDate) ?? "" } as service.ResolveConditionOptions["input"],
        }),
      ),
  }),
  addReportRequirement: t.prismaField({
    type: "Grant",
    description: "Lägg till återrapportering.",
    args: {
      grantId: t.arg.id({ required: true, description: "Bidragets id." }),
      expectedVersion: t.arg(version),
      input: t.arg({ type: ReportRequirementInput, required: true, description: "Rapporten." }),
    },
    resolve: async (query, _root, args, ctx) =>
      returnGrant(
        ctx,
        query,
        await service.addReportRequirement(ctx, {
          grantId: decodeId(String(args.grantId), "Grant", "grantId"),
          expectedVersion: args.expectedVersion,
          input: dates(args.input, ["dueDate", "receivedDate", "approvedDate"]) as service.ReportOptions["input"],
        }),
      ),
  }),
  updateReportRequirement: t.prismaField({
    type: "Grant",
    description: "Ändra återrapportering, t.ex. markera inkommen eller godkänd.",
    args: {
      id: t.arg.id({ required: true, description: "Rapportens id." }),
      expectedVersion: t.arg(version),
      input: t.arg({ type: ReportRequirementInput, required: true, description: "Rapporten." }),
    },
    resolve: async (query, _root, args, ctx) =>
      returnGrant(
        ctx,
        query,
        await service.updateReportRequirement(ctx, {
          id: decodeId(String(args.id), "ReportRequirement", "id"),
          expectedVersion: args.expectedVersion,
          input: dates(args.input, ["dueDate", "receivedDate", "approvedDate"]) as service.ReportOptions["input"],
        }),
      ),
  }),
  addDisbursement: t.prismaField({
    type: "Grant",
    description: "Planera eller registrera en utbetalning.",
    args: {
      grantId: t.arg.id({ required: true, description: "Bidragets id." }),
      expectedVersion: t.arg(version),
      input: t.arg({ type: DisbursementInput, required: true, description: "Utbetalningen." }),
    },
    resolve: async (query, _root, args, ctx) =>
      returnGrant(
        ctx,
        query,
        await service.addDisbursement(ctx, {
          grantId: decodeId(String(args.grantId), "Grant", "grantId"),
          expectedVersion: args.expectedVersion,
          input: dates(args.input, ["plannedDate", "paidDate"]) as service.DisbursementOptions["input"],
        }),
      ),
  }),
  updateDisbursement: t.prismaField({
    type: "Grant",
    description: "Ändra en planerad utbetalning, t.ex. markera den utbetald.",
    args: {
      id: t.arg.id({ required: true, description: "Utbetalningens id." }),
      expectedVersion: t.arg(version),
      input: t.arg({ type: DisbursementInput, required: true, description: "Utbetalningen." }),
    },
    resolve: async (query, _root, args, ctx) =>
      returnGrant(
        ctx,
        query,
        await service.updateDisbursement(ctx, {
          id: decodeId(String(args.id), "Disbursement", "id"),
          expectedVersion: args.expectedVersion,
          input: dates(args.input, ["plannedDate", "paidDate"]) as service.DisbursementOptions["input"],
        }),
      ),
  }),
}));
