import { builder } from "../../builder";
import { expectedVersionArg } from "../audit/expected-version";
import { ContributionKindEnum, ContributionStatusEnum } from "../shared/enums";
import { decodeId } from "../shared/list-query";
import { addContribution, deleteBudgetYear, deleteContribution, setBudgetYear, updateContribution } from "./financing.service";

const BudgetYearInput = builder.inputType("BudgetYearInput", {
  description: "Budgetbehov och egen finansiering för ett år.",
  fields: (t) => ({
    year: t.int({ required: true, description: "År." }),
    amount: t.field({ type: "Money", required: true, description: "Behov i kronor." }),
    ownFunding: t.field({ type: "Money", required: false, description: "Egen finansiering i kronor." }),
    note: t.string({ required: false, description: "Anmärkning." }),
  }),
});

const ContributionInput = builder.inputType("ContributionInput", {
  description: "Medfinansiering från en part ett år.",
  fields: (t) => ({
    organisationId: t.id({ required: true, description: "Parten (Organisation id)." }),
    year: t.int({ required: true, description: "År." }),
    kind: t.field({ type: ContributionKindEnum, required: true, description: "Kontant eller i natura." }),
    amount: t.field({ type: "Money", required: false, description: "Belopp; for in kind only where a value is known." }),
    status: t.field({ type: ContributionStatusEnum, required: true, description: "Utlovad, beslutad eller erhållen." }),
    description: t.string({ required: false, description: "Vad (t.ex. lokaler)." }),
  }),
});

/** The contribution as the domain takes it: the partner's Relay id decoded. */
const contributionInput = <I extends { organisationId: string | number }>(input: I) => ({
  ...input,
  organisationId: decodeId(String(input.organisationId), "Organisation", "input.organisationId"),
});

/** Budgets and co-financing: of any project, or of one's own (checked per project in the resolver). */
const WRITE_FINANCING = { anyPermission: ["write:financing", "write:ownFinancing"] } as const;

builder.mutationFields((t) => ({
  setBudgetYear: t.prismaField({
    authScopes: WRITE_FINANCING,
    type: "Project",
    description: "Ange (eller ändra) ett års budgetbehov och egen finansiering.",
    args: {
      projectId: t.arg.id({ required: true, description: "Projektets id." }),
      input: t.arg({ type: BudgetYearInput, required: true, description: "Året." }),
      expectedVersion: expectedVersionArg(t, "the year's need"),
    },
    resolve: async (query, _root, args, ctx) => {
      const projectId = decodeId(String(args.projectId), "Project", "projectId");
      await setBudgetYear(ctx, { projectId, input: args.input, expectedVersion: args.expectedVersion });
      return ctx.prisma.project.findUniqueOrThrow({ ...query, where: { id: projectId } });
    },
  }),
  deleteBudgetYear: t.prismaField({
    authScopes: WRITE_FINANCING,
    type: "Project",
    description: "Ta bort ett års budgetbehov.",
    args: {
      projectId: t.arg.id({ required: true, description: "Projektets id." }),
      year: t.arg.int({ required: true, description: "År." }),
      expectedVersion: expectedVersionArg(t, "the year's need"),
    },
    resolve: async (query, _root, args, ctx) => {
      const projectId = decodeId(String(args.projectId), "Project", "projectId");
      await deleteBudgetYear(ctx, { projectId, year: args.year, expectedVersion: args.expectedVersion });
      return ctx.prisma.project.findUniqueOrThrow({ ...query, where: { id: projectId } });
    },
  }),
  addContribution: t.prismaField({
    authScopes: WRITE_FINANCING,
    type: "Project",
    description: "Lägg till medfinansiering.",
    args: {
      projectId: t.arg.id({ required: true, description: "Projektets id." }),
      input: t.arg({ type: ContributionInput, required: true, description: "Medfinansieringen." }),
    },
    resolve: async (query, _root, args, ctx) => {
      const projectId = decodeId(String(args.projectId), "Project", "projectId");
      await addContribution(ctx, { projectId, input: contributionInput(args.input) });
      return ctx.prisma.project.findUniqueOrThrow({ ...query, where: { id: projectId } });
    },
  }),
  updateContribution: t.prismaField({
    authScopes: WRITE_FINANCING,
    type: "Project",
    description: "Ändra medfinansiering, t.ex. från utlovad till beslutad.",
    args: {
      id: t.arg.id({ required: true, description: "Medfinansieringens id." }),
      input: t.arg({ type: ContributionInput, required: true, description: "Medfinansieringen." }),
      expectedVersion: expectedVersionArg(t, "the contribution"),
    },
    resolve: async (query, _root, args, ctx) => {
      const id = decodeId(String(args.id), "Contribution", "id");
      const c = await updateContribution(ctx, { id, input: contributionInput(args.input), expectedVersion: args.expectedVersion });
      return ctx.prisma.project.findUniqueOrThrow({ ...query, where: { id: c.projectId } });
    },
  }),
  deleteContribution: t.prismaField({
    authScopes: WRITE_FINANCING,
    type: "Project",
    description: "Ta bort medfinansiering.",
    args: {
      id: t.arg.id({ required: true, description: "Medfinansieringens id." }),
      expectedVersion: expectedVersionArg(t, "the contribution"),
    },
    resolve: async (query, _root, args, ctx) => {
      const id = decodeId(String(args.id), "Contribution", "id");
      const projectId = await deleteContribution(ctx, { id, expectedVersion: args.expectedVersion });
      return ctx.prisma.project.findUniqueOrThrow({ ...query, where: { id: projectId } });
    },
  }),
}));
