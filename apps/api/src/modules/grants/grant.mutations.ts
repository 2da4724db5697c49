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
  ReportRequirementInput,
} from "./grant.inputs";
import * as service from "./grant.service";

type Query = Record<string, unknown>;
const grantId = (id: string) => decodeId(id, "Grant", "id");
const returnGrant = (ctx: Context, query: Query, id: string) => ctx.prisma.grant.findUniqueOrThrow({ ...query, where: { id } });
/** The grant lifecycle is the case officers' (and administrators'). */
const WRITE_GRANTS = { permission: "write:grants" } as const;

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
  applicationDeadline?: string | null;
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
  } as service.GrantApplicationOptions["input"];
}

type MutationFieldBuilder = Parameters<Parameters<typeof builder.mutationFields>[0]>[0];
// biome-ignore lint/suspicious/noExplicitAny: an input type ref of any shape.
type AnyInputRef = any;

/**
 * A change to a grant or one of its parts: `<id|grantId>: ID!`, `expectedVersion: Int!` and
 * `input`, answering with the whole grant so the client's cache updates.
 */
function partMutation(
  t: MutationFieldBuilder,
  spec: {
    description: string;
    target: ["id" | "grantId", string, string];
    input: [AnyInputRef, string];
    run: (ctx: Context, id: string, expectedVersion: number, input: Record<string, unknown>) => Promise<string>;
  },
) {
  const [idArg, nodeType, idDescription] = spec.target;
  return t.prismaField({
    type: "Grant",
    authScopes: WRITE_GRANTS,
    description: spec.description,
    args: {
      [idArg]: t.arg.id({ required: true, description: idDescription }),
      expectedVersion: t.arg(version),
      input: t.arg({ type: spec.input[0], required: true, description: spec.input[1] }),
    } as { id: ReturnType<typeof t.arg.id>; expectedVersion: ReturnType<typeof t.arg>; input: ReturnType<typeof t.arg> },
    resolve: async (query, _root, args, ctx) => {
      const a = args as unknown as Record<string, unknown> & { expectedVersion: number; input: Record<string, unknown> };
      return returnGrant(ctx, query, await spec.run(ctx, decodeId(String(a[idArg]), nodeType, idArg), a.expectedVersion, a.input));
    },
  });
}

builder.mutationFields((t) => ({
  createGrant: t.prismaField({
    type: "Grant",
    authScopes: WRITE_GRANTS,
    description: "Ny ansökan (utkast). Returns the new grant.",
    args: { input: t.arg({ type: GrantApplicationInput, required: true, description: "Ansökan." }) },
    resolve: async (query, _root, args, ctx) =>
      returnGrant(ctx, query, await service.createGrantApplication(ctx, { input: applicationInput(args.input) })),
  }),
  updateGrant: t.prismaField({
    type: "Grant",
    authScopes: WRITE_GRANTS,
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
    authScopes: WRITE_GRANTS,
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
          submittedDate: args.submittedDate,
        }),
      ),
  }),
  decideGrant: t.prismaField({
    type: "Grant",
    authScopes: WRITE_GRANTS,
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
            allowAboveApplied: args.input.allowAboveApplied ?? false,
          },
        }),
      ),
  }),
  transitionGrant: t.prismaField({
    type: "Grant",
    authScopes: WRITE_GRANTS,
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
  addCondition: partMutation(t, {
    description: "Lägg till ett villkor i beslutet.",
    target: ["grantId", "Grant", "Bidragets id."],
    input: [ConditionInput, "Villkoret."],
    run: (ctx, grantId, expectedVersion, input) =>
      service.addCondition(ctx, {
        grantId,
        expectedVersion,
        input: { ...input, blocksPayment: input.blocksPayment ?? false } as service.ConditionOptions["input"],
      }),
  }),
  updateCondition: partMutation(t, {
    description: "Ändra ett villkor.",
    target: ["id", "Condition", "Villkorets id."],
    input: [ConditionInput, "Villkoret."],
    run: (ctx, id, expectedVersion, input) =>
      service.updateCondition(ctx, {
        id,
        expectedVersion,
        input: { ...input, blocksPayment: input.blocksPayment ?? false } as service.ConditionOptions["input"],
      }),
  }),
  resolveCondition: partMutation(t, {
    description: "Markera ett villkor som uppfyllt eller efterskänkt.",
    target: ["id", "Condition", "Villkorets id."],
    input: [ConditionResolutionInput, "Bedömningen."],
    run: (ctx, id, expectedVersion, input) =>
      service.resolveCondition(ctx, {
        id,
        expectedVersion,
        input: input as service.ResolveConditionOptions["input"],
      }),
  }),
  addReportRequirement: partMutation(t, {
    description: "Lägg till återrapportering.",
    target: ["grantId", "Grant", "Bidragets id."],
    input: [ReportRequirementInput, "Rapporten."],
    run: (ctx, grantId, expectedVersion, input) =>
      service.addReportRequirement(ctx, { grantId, expectedVersion, input: input as service.ReportOptions["input"] }),
  }),
  updateReportRequirement: partMutation(t, {
    description: "Ändra återrapportering, t.ex. markera inkommen eller godkänd.",
    target: ["id", "ReportRequirement", "Rapportens id."],
    input: [ReportRequirementInput, "Rapporten."],
    run: (ctx, id, expectedVersion, input) =>
      service.updateReportRequirement(ctx, { id, expectedVersion, input: input as service.ReportOptions["input"] }),
  }),
  addDisbursement: partMutation(t, {
    description: "Planera eller registrera en utbetalning.",
    target: ["grantId", "Grant", "Bidragets id."],
    input: [DisbursementInput, "Utbetalningen."],
    run: (ctx, grantId, expectedVersion, input) =>
      service.addDisbursement(ctx, {
        grantId,
        expectedVersion,
        input: input as service.DisbursementOptions["input"],
      }),
  }),
  updateDisbursement: partMutation(t, {
    description: "Ändra en planerad utbetalning, t.ex. markera den utbetald.",
    target: ["id", "Disbursement", "Utbetalningens id."],
    input: [DisbursementInput, "Utbetalningen."],
    run: (ctx, id, expectedVersion, input) =>
      service.updateDisbursement(ctx, { id, expectedVersion, input: input as service.DisbursementOptions["input"] }),
  }),
}));
