import { agreementSchema } from "@bk/domain";
import { builder } from "../../builder";
import type { Context } from "../../context";
import { AppError, badInput } from "../../errors";
import { iso } from "../grants/grant.inputs";
import { decodeId } from "../shared/list-query";
import { parseInput, storedDate } from "../shared/parse-input";

const AgreementInput = builder.inputType("AgreementInput", {
  description: "Avtal mellan en nämnd och en organisation.",
  fields: (t) => ({
    title: t.string({ required: true, description: "Rubrik." }),
    principalId: t.id({ required: true, description: "Uppdragsgivare (Organisation id)." }),
    counterpartyId: t.id({ required: true, description: "Motpart (Organisation id)." }),
    purpose: t.string({ required: false, description: "Syfte." }),
    startDate: t.field({ type: "Date", required: false, description: "Gäller från." }),
    endDate: t.field({ type: "Date", required: false, description: "Gäller till." }),
    followUpClause: t.string({ required: false, description: 'Uppföljningsklausul, e.g. "§ 12".' }),
    followUpIntervalYears: t.int({ required: false, description: "Uppföljning vart N:e år (1–10)." }),
  }),
});

type Args = {
  title: string;
  principalId: string | number;
  counterpartyId: string | number;
  purpose?: string | null;
  startDate?: Date | null;
  endDate?: Date | null;
  followUpClause?: string | null;
  followUpIntervalYears?: number | null;
};

/** Checks an agreement with the domain's schema and that both parties exist; returns what to store. */
async function agreementData(ctx: Context, i: Args) {
  const v = parseInput(agreementSchema, {
    ...i,
    principalId: decodeId(String(i.principalId), "Organisation", "input.principalId"),
    counterpartyId: decodeId(String(i.counterpartyId), "Organisation", "input.counterpartyId"),
    startDate: iso(i.startDate),
    endDate: iso(i.endDate),
  });
  if ((await ctx.prisma.organisation.count({ where: { id: { in: [v.principalId, v.counterpartyId] } } })) !== 2) {
    throw badInput("input.principalId", "input.principalId: organisationen finns inte");
  }
  return { ...v, startDate: storedDate(v.startDate), endDate: storedDate(v.endDate) };
}

builder.mutationFields((t) => ({
  createAgreement: t.prismaField({
    authScopes: { permission: "write:agreements" },
    type: "Agreement",
    description: "Nytt avtal med uppföljningsklausul.",
    args: { input: t.arg({ type: AgreementInput, required: true, description: "Avtalet." }) },
    resolve: async (query, _root, args, ctx) => {
      const a = await ctx.prisma.agreement.create({ data: await agreementData(ctx, args.input) });
      return ctx.prisma.agreement.findUniqueOrThrow({ ...query, where: { id: a.id } });
    },
  }),
  updateAgreement: t.prismaField({
    authScopes: { permission: "write:agreements" },
    type: "Agreement",
    description: "Ändra ett avtal.",
    args: {
      id: t.arg.id({ required: true, description: "Avtalets id." }),
      input: t.arg({ type: AgreementInput, required: true, description: "Avtalet." }),
    },
    resolve: async (query, _root, args, ctx) => {
      const id = decodeId(String(args.id), "Agreement", "id");
      if (!(await ctx.prisma.agreement.findUnique({ where: { id }, select: { id: true } })))
        throw new AppError("NOT_FOUND", "Avtalet finns inte", { field: "id" });
      await ctx.prisma.agreement.update({ where: { id }, data: await agreementData(ctx, args.input) });
      return ctx.prisma.agreement.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
