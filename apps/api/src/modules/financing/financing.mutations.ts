import { budgetYearSchema, contributionSchema, sameContribution } from "@bk/domain";
import type { PrismaClient } from "@bk/domain/server";
import type { z } from "zod";
import { assertCanWriteProject, notFoundFor } from "../../auth/project-access";
import { builder } from "../../builder";
import { AppError } from "../../errors";
import { ContributionKindEnum, ContributionStatusEnum } from "../shared/enums";
import { decodeId } from "../shared/list-query";
import { parseInput } from "../shared/parse-input";

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

const parse = parseInput;

async function assertProject(prisma: PrismaClient, id: string) {
  if (!(await prisma.project.findUnique({ where: { id }, select: { id: true } })))
    throw new AppError("NOT_FOUND", "Projektet finns inte", { field: "projectId" });
}

async function assertOrganisation(prisma: PrismaClient, id: string) {
  if (!(await prisma.organisation.findUnique({ where: { id }, select: { id: true } }))) {
    throw new AppError("BAD_USER_INPUT", "input.organisationId: organisationen finns inte", { field: "input.organisationId" });
  }
}

const contributionData = (v: z.output<typeof contributionSchema>) => ({ ...v, amount: v.amount });

/** Refuses a second record of the same support (sameContribution), naming the one already there. */
async function assertNoCopy(prisma: PrismaClient, projectId: string, v: z.output<typeof contributionSchema>, exceptId: string | null) {
  const others = await prisma.contribution.findMany({
    where: { projectId, organisationId: v.organisationId, year: v.year, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { organisationId: true, year: true, kind: true, amount: true, description: true },
  });
  if (others.some((o) => sameContribution({ ...o, amount: o.amount?.toString() ?? null }, v)))
    throw new AppError("CONFLICT", `Samma medfinansiering finns redan för ${v.year}; ändra den i stället`, { field: "input.amount" });
}

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
    },
    resolve: async (query, _root, args, ctx) => {
      const projectId = decodeId(String(args.projectId), "Project", "projectId");
      assertCanWriteProject(ctx, projectId, "financing");
      const v = parse(budgetYearSchema, args.input);
      await assertProject(ctx.prisma, projectId);
      await ctx.prisma.projectBudgetYear.upsert({
        where: { projectId_year: { projectId, year: v.year } },
        create: { projectId, ...v },
        update: { amount: v.amount, ownFunding: v.ownFunding, note: v.note },
      });
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
    },
    resolve: async (query, _root, args, ctx) => {
      const projectId = decodeId(String(args.projectId), "Project", "projectId");
      assertCanWriteProject(ctx, projectId, "financing");
      const res = await ctx.prisma.projectBudgetYear.deleteMany({ where: { projectId, year: args.year } });
      if (res.count === 0) throw new AppError("NOT_FOUND", `Inget budgetbehov för ${args.year}`, { field: "year" });
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
      assertCanWriteProject(ctx, projectId, "financing");
      const v = parse(contributionSchema, {
        ...args.input,
        organisationId: decodeId(String(args.input.organisationId), "Organisation", "input.organisationId"),
      });
      await assertProject(ctx.prisma, projectId);
      await assertOrganisation(ctx.prisma, v.organisationId);
      await assertNoCopy(ctx.prisma, projectId, v, null);
      await ctx.prisma.contribution.create({ data: { projectId, ...contributionData(v) } });
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
    },
    resolve: async (query, _root, args, ctx) => {
      const id = decodeId(String(args.id), "Contribution", "id");
      const existing = await ctx.prisma.contribution.findUnique({ where: { id }, select: { projectId: true } });
      if (!existing) throw notFoundFor(ctx, "write:financing", "Medfinansieringen finns inte");
      assertCanWriteProject(ctx, existing.projectId, "financing");
      const v = parse(contributionSchema, {
        ...args.input,
        organisationId: decodeId(String(args.input.organisationId), "Organisation", "input.organisationId"),
      });
      await assertOrganisation(ctx.prisma, v.organisationId);
      await assertNoCopy(ctx.prisma, existing.projectId, v, id);
      await ctx.prisma.contribution.update({ where: { id }, data: contributionData(v) });
      return ctx.prisma.project.findUniqueOrThrow({ ...query, where: { id: existing.projectId } });
    },
  }),
  deleteContribution: t.prismaField({
    authScopes: WRITE_FINANCING,
    type: "Project",
    description: "Ta bort medfinansiering.",
    args: { id: t.arg.id({ required: true, description: "Medfinansieringens id." }) },
    resolve: async (query, _root, args, ctx) => {
      const id = decodeId(String(args.id), "Contribution", "id");
      const existing = await ctx.prisma.contribution.findUnique({ where: { id }, select: { projectId: true } });
      if (!existing) throw notFoundFor(ctx, "write:financing", "Medfinansieringen finns inte");
      assertCanWriteProject(ctx, existing.projectId, "financing");
      await ctx.prisma.contribution.delete({ where: { id } });
      return ctx.prisma.project.findUniqueOrThrow({ ...query, where: { id: existing.projectId } });
    },
  }),
}));
